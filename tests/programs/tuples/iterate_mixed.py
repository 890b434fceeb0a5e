# Loops over tuples whose elements are of several types: lists, instances of one hierarchy,
# numbers, values that may be None, and mixed scalars (as dynamic values).


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


for xs in ([1], [2, 3], []):
    print(len(xs), xs)
for shape in (Square(2), Circle(1), Shape()):
    print(type(shape).__name__, shape.area())
for x in (1, 2.5, True):
    print(x, x * 2)
for v in (1, "a", None, 2.5):
    print(repr(v))
for name, value in (("a", 1), ("b", 2.5)):
    print(name, value)
total = 0
for n in (1, 2, 3):
    total += n
print(total)
for i, item in enumerate(([1, 2], [3])):
    print(i, sum(item))
