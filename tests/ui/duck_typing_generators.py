class A:
    def __init__(self):
        self.n = 2

    def items(self):
        for i in range(self.n):
            yield i


class B:
    def __init__(self):
        self.n = 3

    def items(self):
        yield 10
        yield 20


for obj in [A(), B()]:
    print(list(obj.items()), sum(obj.items()))
    for v in obj.items():
        print(v)
