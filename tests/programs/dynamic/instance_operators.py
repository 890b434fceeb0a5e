class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        return Vec(o + self.x, o + self.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
    def __getitem__(self, i):
        return self.x if i == 0 else self.y
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

items = [Vec(1, 2), 3, 2.5, "a", None]
for it in items:
    print(repr(it))
a = items[0]
b = items[1]
print(a + a, a + b, b + a, a * 3, 3 * a, -a, abs(a), a[0], a[1], 2 in a, 5 in a)
total = 0
for it in items[:3]:
    total = it + total
print(total)
try:
    print(items[3] + a)
except TypeError as e:
    print("TypeError", e)
try:
    print(items[4] * a)
except TypeError as e:
    print("TypeError", e)
try:
    print(-items[3])
except TypeError as e:
    print("TypeError", e)
try:
    print(items[3][0], items[1][0])
except TypeError as e:
    print("TypeError", e)
print(a == Vec(1, 2), a != Vec(1, 2), a in items, Vec(9, 9) in items)
