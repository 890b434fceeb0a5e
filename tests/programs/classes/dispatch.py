class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name + " with area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.0 * self.radius * self.radius


class UnitSquare(Square):
    def __init__(self):
        super().__init__(1.0)

    def describe(self):
        return "unit " + super().describe()


shapes = [Square(2.0), Circle(1.5), Shape("blob"), UnitSquare()]
total = 0.0
for shape in shapes:
    print(shape.describe(), type(shape).__name__, isinstance(shape, Square))
    total += shape.area()
print(total)
print(isinstance(shapes[3], (Circle, Square)), isinstance(shapes[2], (Circle, Square)))
print(isinstance(3, int), isinstance(True, int), isinstance(2.5, int), isinstance("x", str))
first = shapes[0]
print(first.side)
print(shapes[1].side)
