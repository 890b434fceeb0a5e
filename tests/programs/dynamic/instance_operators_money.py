class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + int(other * 100))
    def __radd__(self, other):
        return self + other
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    __repr__ = __str__

class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Tag(" + self.name + ")"

ledger = {"rent": Money(120000), "food": 45.5, "note": "paid", "tag": Tag("x")}
total = Money(0)
for key, value in ledger.items():
    if isinstance(value, (Money, float)):
        total += value
print(total)
acc = 0
for value in [Money(100), 2.5, Money(1)]:
    acc = acc + value
print(acc, type(acc).__name__)
vals = [Money(5), Money(3), 7]
x = vals[0]
x += vals[1]
print(x, x - vals[1])
try:
    x - vals[2]
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(vals[2] - x)
except TypeError as e:
    print("TypeError:", e)
things = [Tag("a"), 1]
try:
    print(things[0] + things[1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(-things[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(things[0][0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in things[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print(abs(things[0]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([Money(3), Money(1), Money(2)]))
print({Money(1): "a", 1: "b"})
