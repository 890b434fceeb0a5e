# Frozensets as dict keys and set members, inside tuples, compared with sets, and in classes.
edges = {}
for a, b, w in [(1, 2, 5), (2, 1, 7), (3, 4, 1), (4, 3, 2), (1, 3, 9)]:
    key = frozenset((a, b))
    edges[key] = edges.get(key, 0) + w
for key in edges:
    print(sorted(key), edges[key])
print(frozenset([2, 1]) in edges, frozenset([1, 4]) in edges)
print(edges[frozenset([3, 4])])
try:
    print(edges[frozenset([9])])
except KeyError as e:
    print("KeyError", e)

states = {(frozenset([1]), 0), (frozenset([1]), 0), (frozenset([1, 2]), 1)}
print(len(states), sorted((sorted(s), n) for s, n in states))
print(hash((frozenset([1, 2]), 3)) == hash((frozenset([2, 1]), 3)))
print(hash((frozenset([5]), 6)))


class Graph:
    def __init__(self):
        self.seen = set()

    def visit(self, nodes):
        key = frozenset(nodes)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


g = Graph()
print([g.visit(n) for n in [[1, 2], [2, 1], [3], [1, 2, 3], [3, 1, 2], []]])
print(len(g.seen))

f = frozenset("mississippi")
print(len(f), sorted(f))
print({1, 2} == frozenset({1, 2}), frozenset({1, 2}) != {1, 2}, {1} < frozenset({1, 2}))
print(frozenset({1, 2}) > {1}, frozenset() < frozenset([0]), frozenset() <= set())
empty = frozenset()
print(empty, bool(empty), bool(frozenset([0])), len(empty))
u = frozenset([1, 2]).union(frozenset([3]))
print(u, type(u).__name__, sorted({1, 2}.union(frozenset([5]))))
print(frozenset([0.5, 1.5]) | frozenset([2.5]))
print(frozenset([(1, "a"), (2, "b")]) & frozenset([(2, "b")]))
print(repr(frozenset([None])), str(frozenset([True, False])))
big = frozenset(range(1000))
print(len(big), 999 in big, 1000 in big, sum(big))
print(hash(big) == hash(frozenset(range(999, -1, -1))))
print(hash(frozenset([-1])), hash(frozenset([-2])), hash(frozenset([2**61, 2**62])))
print(hash(frozenset([1.5, 2.0])), hash(frozenset([frozenset()])))
