# Membership in a range is arithmetic: steps of either sign, bools, and a zero step.
def f(n):
    return 3 in range(n)
print(f(5), f(2), 7 in range(0, 10, 2), 8 in range(0, 10, 2))
print(5 not in range(10, 0, -1), 10 in range(10, 0, -1), 0 in range(10, 0, -1), -3 in range(-1, -10, -2))
print(True in range(2), [x for x in range(20) if x in range(3, 15, 4)])
k = 0
print(k in range(1, 5, k + 1))
print(k in range(1, 5, k))
