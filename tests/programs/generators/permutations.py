# Recursive generators: permutations and subsets, counted and listed.


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations([1, 2, 3, 4, 5])))
print(sorted(subsets(["a", "b", "c"])))
