class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        yield self.x
        yield self.y


ps = [P(1, 2), P(3, 4)]
a, b = ps[0]
print(a, b)
for c, d in ps:
    print(c, d)
class Pair2:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __iter__(self):
        yield self.a
        yield self.b


pairs = [Pair2(1, "x"), Pair2(2, "y")]
for n, s in pairs:
    print(n * 2, s.upper())
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
d = {k: v for k, v in pairs}
print(d)
try:
    for a, b, c in pairs:
        print(a)
except ValueError as e:
    print("ValueError:", e)
