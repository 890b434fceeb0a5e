def make_adder(n):
    def add(x):
        return x + n

    return add


print(make_adder(2)(3))
