from collections import namedtuple
from itertools import combinations
Card = namedtuple("Card", ["rank", "suit"])
cards = [Card(r, s) for r in (2, 3, 4) for s in "hs"]
for a, b in combinations(cards, 2):
    if a.rank == b.rank:
        print(a, b)
mixed = [Card(5, "d"), (1, 2), "xy", [3, 4]]
for m in mixed:
    p, q = m
    print(p, q, m[0], len(m), list(m), "d" in m)
    for part in m:
        print(" ", part)
print(sorted(mixed[:2], key=lambda t: t[1] if isinstance(t[1], int) else 0))
row = mixed[0]
print(tuple(row), row[-1], max(x for x in [Card(1, 2), Card(3, 0)]))
