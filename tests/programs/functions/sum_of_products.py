class Item:
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
def total(items):
    return sum([item.price * item.qty for item in items])
print(total([Item(0.5, 40)]))
