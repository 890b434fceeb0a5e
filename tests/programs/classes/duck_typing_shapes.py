class Circle:
    def __init__(self, r):
        self.r = r
        self.name = "circle"

    def area(self):
        return 3.14159 * self.r * self.r

    def scale(self, k):
        return Circle(self.r * k)

    def __str__(self):
        return f"Circle(r={self.r})"


class Rect:
    def __init__(self, w, h):
        self.name = "rect"
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        return Rect(self.w * k, self.h * k)

    def __str__(self):
        return f"Rect({self.w}x{self.h})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def __str__(self):
        return f"Square({self.w})"


shapes = [Circle(1), Rect(2, 3), Square(2)]
total = 0
for s in shapes:
    total += s.area()
    print(s.name, s, round(s.area(), 2))
print(round(total, 3))
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest, biggest.name)
by_name = {s.name: s for s in shapes}
print(sorted(by_name), by_name["rect"])
bigger = [s.scale(2) for s in shapes]
print([str(b) for b in bigger])
found = None
for s in shapes:
    if s.name == "square":
        found = s
if found is not None:
    print("found", found, isinstance(found, Rect), isinstance(found, Circle))
print(found is shapes[2], found is shapes[0])


def describe(shape):
    kind = type(shape).__name__
    return f"{kind}: {shape.area():.1f}"


for s in shapes:
    print(describe(s))
try:
    nothing = None
    for s in shapes:
        if s.name == "hexagon":
            nothing = s
    print(nothing.area())
except AttributeError as e:
    print("AttributeError:", e)
