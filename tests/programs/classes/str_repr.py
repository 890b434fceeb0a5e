class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Named(Point):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

    def __str__(self):
        return self.name + "@" + repr(self)


class Card:
    def __init__(self, rank):
        self.rank = rank

    def __str__(self):
        return "card " + str(self.rank)


p = Point(1, 2)
n = Named(3, 4, "n")
print(p, n, [p, n], (p, n), {"k": p})
print(str(n), repr(n), f"{n} {n!r} {p}", "%s %r" % (n, n))
print(Card(5), str(Card(7)))
shapes = [Point(0, 0), Named(1, 1, "one")]
for s in shapes:
    print(s, "-", repr(s))
maybe = None
if len(shapes) > 5:
    maybe = p
print(maybe)
