# Defaults of nested functions that are not constants: evaluated where the `def` runs, once per
# function object (the mutable-default behaviour too), kept by functions returned as values.


def make_getters():
    getters = []
    for i in range(3):
        def get(x=i * 10):
            return x
        getters.append(get)
    return [g() for g in getters]


print(make_getters())


def counter(start):
    def bump(n, seen=[], base=start + 1):
        seen.append(n)
        return base + len(seen)
    return bump(1), bump(2), bump(3, []), bump(4)


print(counter(100))
print(counter(0))


def outer(k):
    def add(x, k=k):
        return x + k
    return add


a = outer(1)
b = outer(2)
print(a(10), b(10), a(10, 5))


def walk(tree):
    def visit(node, depth=len(tree) - len(tree), out=[]):
        out.append((node, depth))
        for child in tree.get(node, []):
            visit(child, depth + 1)
        return out
    return visit("root")


print(walk({"root": ["a", "b"], "a": ["c"]}))


def scale(factor):
    def apply(values, f=float(factor)):
        return [v * f for v in values]
    return apply([1, 2]), apply([3], 0.5)


print(scale(3))


def parity(n):
    limit = n

    def is_even(k, stop=limit * 0):
        return True if k == stop else is_odd(k - 1)

    def is_odd(k, stop=[0][0]):
        return False if k == stop else is_even(k - 1)

    return is_even(n), is_odd(n)


print(parity(7), parity(4))
