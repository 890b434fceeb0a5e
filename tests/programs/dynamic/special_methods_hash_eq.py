class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, V) and other.x == self.x

    def __hash__(self):
        return hash(self.x)


items = [1, "a", None]
print(V(1) in items, V(1) == items[0])
