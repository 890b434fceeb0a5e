# `*` and `**` unpacking in calls of the program's methods: a tuple's elements, a last list's
# elements and a dict's values go to the parameters.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)

    def scaled(self, factor=1, offset=0):
        return (self.x * factor + offset, self.y * factor + offset)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Q(P):
    def move(self, dx, dy):
        return Q(self.x - dx, self.y - dy)


p = P(1, 2)
pair = (3, 4)
print(p.move(*pair), p.move(10, *(20,)))
print(p.scaled(**{"factor": 3}), p.scaled(2, **{"offset": 1}), p.scaled(*(), **{}))
opts = {"factor": 10, "offset": 5}
print(p.scaled(**opts))
for o in [P(0, 0), Q(0, 0)]:
    print(o.move(*pair))

class R:
    def sum3(self, a, b, c=100):
        return a + b + c


r = R()
print(r.sum3(*[1, 2]), r.sum3(1, *[2, 3]), r.sum3(5, **{"b": 6}))
for args in [[1, 2, 3, 4], [1]]:
    try:
        r.sum3(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.scaled(**{"scale": 2})
except TypeError as e:
    print("TypeError:", e)
