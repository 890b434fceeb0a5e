# Mixins: classes with methods only, combined with a class holding the data.


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.fields())
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self).__name__ == type(other).__name__ and self.fields() == other.fields()


class Shape:
    kind = "shape"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.kind} {self.name} of area {self.area():.2f}"


class Square(ReprMixin, EqMixin, Shape):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name)
        self.side = side

    def area(self):
        return self.side * self.side

    def fields(self):
        return [("name", self.name), ("side", self.side)]


class Circle(EqMixin, ReprMixin, Shape):
    def __init__(self, name, r):
        Shape.__init__(self, name)
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def fields(self):
        return [("name", self.name), ("r", self.r)]


class Counted:
    made = 0

    def count(self):
        Counted.made += 1
        return Counted.made


class Tracked(Counted, Square):
    pass


shapes = [Square("a", 2), Circle("b", 1.5), Square("c", 3)]
for s in shapes:
    print(repr(s), s.describe())
print(Square("a", 2) == Square("a", 2), Square("a", 2) == Square("a", 3))
print(Circle("b", 1.5) == Circle("b", 1.5))
t = Tracked("t", 4)
print(t, t.count(), t.count(), t.kind, t.describe())
print(isinstance(t, Shape), isinstance(t, Counted), isinstance(t, (Circle, EqMixin)))
print(sum(s.area() for s in shapes) > 20)
