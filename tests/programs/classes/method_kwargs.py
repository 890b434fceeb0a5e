# `**kwargs` parameters of methods: the keyword arguments no other parameter takes, in a
# dict in the call's order.


class Record:
    def __init__(self, name, **fields):
        self.name = name
        self.fields = fields

    def update(self, **changes):
        for key, value in changes.items():
            self.fields[key] = value
        return len(changes)

    def describe(self, sep=", ", **extra):
        parts = [f"{k}={v}" for k, v in self.fields.items()]
        parts += [f"{k}?{v}" for k, v in extra.items()]
        return self.name + ": " + sep.join(parts)


r = Record("ann", age=30, city=1)
print(r.describe())
print(r.update(age=31), r.update(), r.update(zip=12345, age=32))
print(r.describe(sep="; ", note=7))
print(r.describe(" | "))
print(Record("bob").describe())
print(r.fields)
