# super() calls binding their arguments as any call does: defaults, keyword-only defaults,
# `*args`.


class Base:
    def describe(self, name, suffix="!", *, upper=False):
        text = name + suffix
        return text.upper() if upper else text

    def total(self, *values):
        return sum(values)


class Child(Base):
    def describe(self, name, suffix="?", *, upper=False):
        return "child " + super().describe(name)

    def total(self, *values):
        return super().total(1, 2) + super().total() + len(values)


c = Child()
print(c.describe("x"), c.describe("y", "."))
print(c.total(), c.total(5, 6))
