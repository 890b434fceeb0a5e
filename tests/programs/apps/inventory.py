# A small inventory system: classes, dicts of instances, sorting by several keys, reports.
class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def remove(self, name, qty=1):
        item = self.items[name]
        item.qty -= qty
        if item.qty <= 0:
            del self.items[name]

    def total(self):
        return sum(item.value for item in self.items.values())

    def report(self):
        lines = []
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.name)):
            lines.append(f"{item.name:<10}{item.qty:>4} x {item.price:>7.2f} = {item.value:>9.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 0.5, 40)
inv.add("pear", 0.75, 10)
inv.add("melon", 3.2, 3)
inv.add("apple", 0.5, 10)
inv.add("fig", 0.9)
inv.remove("pear", 4)
inv.remove("fig")
print(inv.report())
print(f"total: {inv.total():.2f}", len(inv.items), sorted(inv.items))
print(list(inv.items.values()))
