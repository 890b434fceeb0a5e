# Lambdas as keys that capture the enclosing function's variables.
def rank(people, weight):
    return sorted(people, key=lambda p: p[1] * weight + len(p[0]))


def closest(points, x0, y0):
    return min(points, key=lambda p: (p[0] - x0) ** 2 + (p[1] - y0) ** 2)


def top(words, banned, n):
    allowed = [w for w in words if w not in banned]
    return sorted(allowed, key=lambda w: (-len(w), w))[:n]


people = [("ann", 3), ("bo", 5), ("cyrus", 1)]
print(rank(people, 1), rank(people, -1), rank(people, 0))
print(closest([(0, 0), (3, 4), (1, 1)], 2, 2), closest([(5, 5)], 0, 0))
print(top("a bb ccc dd eee f".split(), {"ccc"}, 3))
scale = 3
print(max([1, -7, 4], key=lambda v: abs(v) * scale), sorted(range(6), key=lambda v: (v % scale, -v)))
