# `*args` parameters of methods and constructors: the extra positional arguments in a tuple,
# each call with its own.


class P:
    def __init__(self, *parts):
        self.n = len(parts)

    def total(self, *xs):
        return sum(xs) + self.n

    def tag(self, name, *rest):
        return "-".join((name,) + rest)

    def count(self, *xs):
        return len(xs)


class Q(P):
    def total(self, *xs):
        return -len(xs)


p = P(1, 2)
print(p.total(), p.total(1), p.total(1, 2, 3))
print(p.tag("a"), p.tag("a", "b", "c"))
print(P().n, P(3).n, P(4, 5, 6).n)
print(p.count(), p.count("x", 2.5, None))
for o in [P(), Q()]:
    print(o.total(4, 5))
