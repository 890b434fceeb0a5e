# A small inventory with its own exceptions: lookups, validation, and a report of failures.


class InventoryError(Exception):
    pass


class UnknownItem(InventoryError):
    def __init__(self, name):
        super().__init__(f"no item named {name!r}")
        self.name = name


class OutOfStock(InventoryError):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.short = wanted - have


class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, name, count):
        if count <= 0:
            raise ValueError(f"count must be positive: {count}")
        self.stock[name] = self.stock.get(name, 0) + count

    def take(self, name, count):
        if name not in self.stock:
            raise UnknownItem(name)
        have = self.stock[name]
        if count > have:
            raise OutOfStock(name, count, have)
        self.stock[name] = have - count
        return self.stock[name]


inv = Inventory()
inv.add("bolt", 10)
inv.add("nut", 4)
orders = [("bolt", 3), ("nut", 5), ("gear", 1), ("bolt", 7), ("bolt", 1)]
failures = []
for name, count in orders:
    try:
        left = inv.take(name, count)
        print(f"took {count} {name}, {left} left")
    except OutOfStock as e:
        failures.append(f"short by {e.short}: {e}")
    except InventoryError as e:
        failures.append(str(e))
for f in failures:
    print("failed:", f)
try:
    inv.add("washer", 0)
except ValueError as e:
    print("rejected:", e)
print(sorted(inv.stock.items()))
