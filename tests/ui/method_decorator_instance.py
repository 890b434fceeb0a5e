class Counted:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, x):
        return self.fn(x)


class A:
    @Counted
    def f(self, x):
        return x


print(A().f(1))
