class Base:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return f"{type(self).__name__}({self.n})"


class Child(Base):
    def __len__(self):
        return self.n * 2


items = [Base(0), Base(3), Child(1), Child(2)]
print(items, [len(x) for x in items], [1 if x else 0 for x in items])
