class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return True


class Q:
    pass


a = [1, P(1)]
b = [2, Q()]
print(b)
