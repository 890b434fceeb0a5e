class Counter:
    def add(self, k=1):
        return k


c = Counter()
f = c.add
print(f(1, 2))


class Maybe:
    def get(self):
        return 1


m = Maybe() if len(f.__name__) > 1 else None
g = m.get
print(g())
