# A small report: parsing lines into instances, defaultdict grouping, Counter, formatted
# columns, sorting dict items whose values are lists of instances.
from collections import Counter, defaultdict


class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


def parse(line):
    name, price, qty = line.split(",")
    return Item(name.strip(), float(price), int(qty))


lines = ["apple, 0.5, 10", "pear, 0.75, 4", "apple, 0.5, 3", "fig, 2.0, 1"]
items = [parse(l) for l in lines]
by_name = defaultdict(list)
for it in items:
    by_name[it.name].append(it)
for name, group in sorted(by_name.items()):
    qty = sum(i.qty for i in group)
    print(f"{name:<6} {qty:>3} {sum(i.total() for i in group):8.2f}")
counts = Counter(i.name for i in items)
print(counts.most_common(1), len(counts))
expensive = [i for i in items if i.price > 0.6]
print(expensive)
totals = {i.name: i.total() for i in items}
print(max(totals, key=lambda k: totals[k]))
print(sorted(items, key=lambda i: (-i.total(), i.name))[0])
