# @dataclass: generated __init__ (defaults, keywords), __repr__, __eq__, order=True, inherited
# fields, __post_init__, class attributes for defaults, methods beside them.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = "final"


@dataclass
class Named(Point):
    name: str = "p"


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        self.owner = self.owner.title()


p = Point(3, -4)
print(p, Point(1), p.norm1(), p == Point(3, -4), p != Point(3, 4), p == Point(0))
vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2, 0) >= Version(2, 0, "rc"), max(vs))
n = Named(1, 2, name="origin")
print(n, Named(5), n.norm1())
a = Account("ada lovelace", balance=10.5)
print(a, Account(owner="bob"))
print(Point.y, Version.label, Point(y=2, x=1))
