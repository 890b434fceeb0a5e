x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5, 3 <= x <= 5 < 6)
print(x != 4, not x, not 0, x is None, None is None, x is not None)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 3)
def noisy(n):
    print("eval", n)
    return n
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
