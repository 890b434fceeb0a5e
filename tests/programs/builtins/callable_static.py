class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Plain:
    pass


def f():
    return 1


print(callable(f), callable(lambda: 0), callable(Adder(1)), callable(Plain()), callable(3), callable("s"), callable(len), callable(Adder))
