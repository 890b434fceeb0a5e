from dataclasses import dataclass, field


@dataclass
class Bag:
    owner: str
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    counts: dict = field(default_factory=dict)
    limit: int = field(default=10)
    note: str = field(default_factory=str)


a = Bag("ann")
b = Bag("bob", ["x"])
a.items.append("pen")
a.tags.add("red")
a.counts["pen"] = 2
print(a)
print(b)
print(Bag("cy").items, Bag("cy") == Bag("cy"), a == b)
print(Bag("dee", limit=3, note="n"))


@dataclass
class Special(Bag):
    level: int = field(default_factory=int)


s = Special("eve")
s.items.append("key")
print(s, Bag("f").items)
