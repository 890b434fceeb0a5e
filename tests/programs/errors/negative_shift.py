def shift(a, b):
    return a << b
print(shift(1, 3))
print(shift(1, -1))
