# Generator expressions as values: stored, resumed with next(), passed to functions and builtins.

xs = [3, 1, 4, 1, 5]
squares = (x * x for x in xs)
print(next(squares), next(squares))
for s in squares:
    print("rest", s)


def evens(limit, scale):
    return (i * scale for i in range(limit) if i % 2 == 0)


print(list(evens(10, 3)))
g = (w.upper() for w in "a bb ccc".split() if len(w) > 1)
print(list(g), list(g))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))


def total(values):
    gen = (v for v in values if v > 0)
    return sum(gen)


print(total([1, -2, 3]))
print(sorted((len(w), w) for w in ["pear", "fig", "apple"]))
print(dict((k, k * 2) for k in "ab"))
