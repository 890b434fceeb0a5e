from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


@dataclass
class Cart:
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return sum(i.total() for i in self.items)

    def most_expensive(self):
        return max(self.items, key=lambda i: i.price)


cart = Cart()
cart.add(Item("pen", 1.5, 4)).add(Item("book", 12.0)).add(Item("bag", 30.25))
print(f"{cart.total():.2f}")
print(cart.most_expensive())
print(sorted(cart.items, key=lambda i: i.total(), reverse=True)[0].name)
by_name = {i.name: i for i in cart.items}
print(list(by_name), by_name["pen"].qty)
