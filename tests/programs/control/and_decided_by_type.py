# `isinstance(x, C) and x.attr`: where x's type decides the test, what follows never runs.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if isinstance(other, Point) and other.x == self.x:
            return True
        return not isinstance(other, Point) or other.x == self.x

    def same(self, other):
        return isinstance(other, Point) and other.x == self.x


print(Point(1) == Point(1), Point(1) == (1,), Point(1) == 5, Point(2) == Point(1))
print(Point(1).same(Point(1)), Point(1).same("x"), Point(1).same(None))
