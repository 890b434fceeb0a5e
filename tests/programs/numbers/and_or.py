print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print(True and False, False or True)
x = 0
y = x or 10
print(y)
def side(n):
    print("side", n)
    return n
print(side(0) and side(1))
print(side(2) or side(3))
print(side(1) and side(2) and side(3))
