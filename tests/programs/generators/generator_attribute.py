# A generator kept in an object's attribute, advanced one step per call.


def ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"


class Registry:
    def __init__(self, prefix):
        self.source = ids(prefix)
        self.items = {}

    def register(self, value):
        key = next(self.source)
        self.items[key] = value
        return key


reg = Registry("obj")
print(reg.register("first"), reg.register("second"))
other = Registry("x")
print(other.register("a"), reg.register("third"))
print(sorted(reg.items))
