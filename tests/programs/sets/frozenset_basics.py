# frozenset: construction, repr, set algebra, hashing, as dict keys and set members.
a = frozenset([3, 1, 2, 3])
b = frozenset()
print(a, b, len(a), len(b))
print(repr(frozenset("abc") == frozenset("cab")))
print(2 in a, 5 in a, 5 not in a)
print(sorted(a), sorted(frozenset(x * x for x in range(-3, 4))))
c = frozenset({1, 2, 9})
print(a | c, a & c, a - c, a ^ c)
print(a.union(c), a.intersection(c), a.difference(c), a.symmetric_difference(c))
print(a <= c, a < a | c, a >= frozenset([1]), a.issubset(c))
print(a.isdisjoint(frozenset([7, 8])), a.issuperset(frozenset([1, 2])))
s = {1, 2, 3}
print(s == a, a == s, s | a, a | s, type(s | a).__name__, type(a | s).__name__)
print(type(a).__name__, isinstance(a, frozenset), isinstance(s, frozenset), isinstance(a, set))
print(a.copy() is a, a.copy() == a)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(a) == hash(frozenset([1, 2, 3])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([-1, 0, 1])))
seen = set()
for group in [[1, 2], [2, 1], [3], [1, 2, 3], [3, 2, 1]]:
    seen.add(frozenset(group))
print(len(seen), sorted(sorted(g) for g in seen))
counts = {}
for word in ["stop", "pots", "tops", "opt", "top", "spot"]:
    key = frozenset(word)
    counts[key] = counts.get(key, 0) + 1
for key, n in counts.items():
    print(sorted(key), n)
nested = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested, frozenset([4]) in nested)
d = a
d |= frozenset([10])
print(a, d, d is a)
d -= {1}
print(d, sorted(d))
t = sorted(a)
print(t, list(a), set(a), min(a), max(a), sum(a))
print(frozenset(range(5)), sorted(frozenset(x for x in "hello")))
words = frozenset({"x", "y"})
print(len(words), "x" in words)
for x in frozenset([5, 6, 7]):
    print(x, end=" ")
print()
print(frozenset([1, 2]) == frozenset([2, 1]), frozenset([1]) != frozenset([1]))
print(f"{a}", str(b), [a, b])
e = frozenset([True, 1, 1.0])
print(e)
