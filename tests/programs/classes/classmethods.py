# @classmethod: alternative constructors (keywords and defaults), class attributes and
# __name__ through cls, called on the class and on an instance.
class Point:
    origin_count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def origin(cls):
        cls.origin_count += 1
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair, scale=1):
        return cls(pair[0] * scale, pair[1] * scale)

    @classmethod
    def describe(cls):
        return cls.__name__ + " with " + str(cls.origin_count) + " origins"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point.origin()
q = Point.from_pair((2, 3), scale=10)
print(p, q, Point.from_pair([4, 5]), q.from_pair((1, 1)))
print(Point.origin_count, Point.describe())


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)


print(Temperature.from_fahrenheit(212).celsius)
