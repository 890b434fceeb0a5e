from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __bool__(self):
        return self.cents != 0


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


record = {"name": "origin", "at": Point(0, 0), "tags": 3}
print(record)
print(record["at"] == Point(0, 0), record["at"] != Point(0, 1))
items = [1, "a", Point(1, 2), None, Money(5)]
for it in items:
    print(repr(it), type(it).__name__, bool(it))
print(Point(1, 2) in items, Point(2, 2) in items, Money(5) in items, Money(6) in items)
print(items.index(Money(5)), items.count(Point(1, 2)))
prices = {Money(3): "three", "k": 1}
print(prices[Money(3)], Money(3) in prices, Money(4) in prices)
pile = [Money(3), Money(1), Money(2)]
mixed = [Money(0), 5, Bag([1, 2]), Bag([]), "s"]
for m in mixed:
    print(bool(m), "yes" if m else "no")
print(len(mixed[2]))
print(sorted(pile))
print(max(pile), min(pile))
try:
    hash(items[2])
except TypeError as e:
    print("TypeError:", e)
print(Money(1) == 1, 1 == Money(1), Money(1) != "x")
print({Money(2), Money(2), "a", 1} == {Money(2), "a", 1})
try:
    print(items[0] < items[4])
except TypeError as e:
    print("TypeError:", e)
