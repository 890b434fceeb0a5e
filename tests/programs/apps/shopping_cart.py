class Item:
    def __init__(self, name, price, discount=None):
        self.name = name
        self.price = price
        self.discount = discount
        self.note = None

    def final_price(self):
        if self.discount is None:
            return self.price
        return round(self.price * (1 - self.discount), 2)

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.discount})"


class Cart:
    def __init__(self):
        self.items = []
        self.coupon = None

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        total = 0
        for item in self.items:
            total += item.final_price()
        if self.coupon:
            total -= self.coupon
        return total


cart = Cart()
cart.add(Item("pen", 2)).add(Item("book", 12.5, 0.1)).add(Item("bag", 30, 0.25))
cart.items[0].note = "gift"
print(cart.items)
print(cart.total())
cart.coupon = 5
print(cart.total(), [i.note for i in cart.items])
cheapest = min(cart.items, key=lambda i: i.final_price())
print(cheapest.name, cheapest.final_price())
by_name = {i.name: i.final_price() for i in cart.items}
print(by_name, max(by_name, key=by_name.get))
