# Special methods inherited and overridden through a hierarchy.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __hash__(self):
        return int(self.area() * 100)

    def __repr__(self):
        return f"{self.name}({self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def __repr__(self):
        return f"Circle r={self.r}"


shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2), Rect(2, 6)]
print(sorted(shapes), max(shapes), min(shapes))
print(shapes[0] == shapes[4], shapes[0] < shapes[1], len({s for s in shapes}))
