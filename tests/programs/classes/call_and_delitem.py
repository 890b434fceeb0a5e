# __call__ (through variables, map and parameters) and __delitem__, whose KeyError shows
# the del statement in the traceback.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


class Greeter:
    def __call__(self, name, punct):
        return "hi " + name + punct


triple = Multiplier(3)
print(triple(4), triple(2.5), triple.calls)
print(list(map(triple, [1, 2])), Greeter()("ann", "!"))


def apply(f, v):
    return f(v)


print(apply(triple, 10), apply(Multiplier(-1), 5), triple.calls)


class Registry:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]

    def __delitem__(self, key):
        print("deleting", key)
        del self.items[key]

    def __len__(self):
        return len(self.items)


r = Registry()
r["a"] = 1
r["b"] = 2
del r["a"]
print(len(r), r["b"])
del r["zzz"]
