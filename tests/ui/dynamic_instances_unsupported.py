class P:
    def __init__(self, x):
        self.x = x

    def __call__(self, other):
        return P(self.x + other.x)


class Q:
    pass


a = [1, P(1)]
b = [2, Q()]
print(b)
