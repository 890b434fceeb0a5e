from collections import namedtuple
import collections

Point = namedtuple("Point", ["x", "y"])
Card = collections.namedtuple("Card", "rank suit")
Pair = namedtuple("Pair", "left, right")

p = Point(1, 2)
print(p, p.x + p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, list(p), tuple(p) if False else 0)
print(p == Point(1, 2), p == (1, 2), p != Point(2, 1), p < Point(1, 3), Point(0, 5) < p)
print(hash(p) == hash((1, 2)), {p: "here"}[Point(1, 2)])
cards = [Card(10, "hearts"), Card(2, "spades"), Card(10, "clubs")]
print(sorted(cards))
print(max(cards, key=lambda c: c.rank).suit, cards[1].rank, type(cards[0]).__name__)
print(Point._fields, p._asdict())
q = Point(y=5, x=3)
print(q, Pair("a", 1.5))
points = [Point(i, i * i) for i in range(4)]
print(sum(pt.y for pt in points), [pt.x for pt in points if pt.y > 1])
for a, b in points[:2]:
    print(a, b)
try:
    p[2]
except IndexError as e:
    print("IndexError:", e)
print(isinstance(p, Point), p == Pair(3, 4))
Record = namedtuple("Record", ("name", "age", "tags"))
people = [Record("ann", 31, ["a"]), Record("bob", 25, [])]
for name, age, tags in people:
    print(f"{name:>5} {age:3d} {len(tags)}")
oldest = max(people, key=lambda r: r.age)
print(oldest.name, sorted(people, key=lambda r: r.age)[0])
by_name = {r.name: r for r in people}
print(by_name["bob"].age, people[0]._asdict())
