class A:
    def __repr__(self):
        return "A"


class B:
    def __repr__(self):
        return "B"


a, b = A(), B()
items = [a, b, a]
print(items[0] == items[2], items[0] == items[1], items[1] != b, items.count(a), a in items, items.index(b))
