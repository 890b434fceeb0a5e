def one(a):
    return a


def two(a, b):
    return a + b


table = {"one": one, "two": two}
print(table["one"](1))
