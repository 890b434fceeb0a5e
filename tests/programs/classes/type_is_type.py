# `type(a) is type(b)` (and `==`, `is not`, `!=`): the exact class of each, for instances of the
# program's classes and values of built-in types.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if type(self) != type(other):
            return False
        return self.x == other.x and self.y == other.y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Other:
    pass


p, q, r = Point(1, 2), Point(1, 2), Point3(1, 2, 3)
print(p == q, p == r, r == p, type(p) is type(q), type(p) is type(r), type(r) is not type(p))
shapes = [Point(0, 0), Point3(0, 0, 0), Point(5, 5)]
print([type(s) is type(shapes[0]) for s in shapes])
print(type(p) == type(Other()), type(1) is type(2), type(1) is type(True), type("a") == type("b"))
print(type(1.5) is type(2), type([1]) is type([]), type((1, 2)) is type(()), type(None) is type(None))
