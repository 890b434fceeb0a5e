# Polymorphism through a base class: overridden methods, properties, class attributes, sorting.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


shapes = [Rect(2.0, 3.0), Square(1.5), Triangle(3.0, 4.0, 5.0), Shape("blob")]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sum(s.sides for s in shapes), max(shapes, key=lambda s: s.perimeter()).name)
print([isinstance(s, Rect) for s in shapes], [type(s).__name__ for s in shapes])
