def power(x, y):
    return x ** y


print(power(2.0, 10.0), power(-2.0, 3.0), power(0.5, -2.0))
print(power(10.0, 400.0))
