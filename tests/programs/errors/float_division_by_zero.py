def scale(x, y):
    return x / y


print(scale(1.0, 2.0))
print(scale(1.0, 0.0))
