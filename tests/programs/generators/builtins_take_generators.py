# Builtins that consume an iterable take a generator whole; a list of generators keeps them.


def g(n):
    for i in range(n):
        yield i


gens = [g(2), g(3)]
print([list(x) for x in gens])
print(sorted(g(3), reverse=True), sum(g(4)), min(g(3)), any(g(2)), all(g(1)))
print(list(zip(g(3), "abc")))
print(",".join(str(x) for x in g(3)))
