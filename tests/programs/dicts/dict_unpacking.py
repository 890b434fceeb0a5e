# dict(d) copies a dict, and dict displays with ** unpack mappings left to right.

d = {"a": 1}
e = dict(d)
e["b"] = 2
print(d, e)
a = {"x": 1, "y": 5}
b = {"y": 2}
print({**a, **b}, {**a, "z": 3}, {"w": 0, **b}, {**b})
merged = {**a, "y": 9, **b, "q": 4}
print(merged, len(merged))


class Config:
    def __init__(self):
        self.defaults = {"debug": 0, "level": 1}

    def with_overrides(self, overrides):
        return {**self.defaults, **overrides}


print(Config().with_overrides({"level": 3}))
copy = dict(Config().defaults)
print(copy)
