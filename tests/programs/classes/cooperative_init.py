# Cooperative __init__ through a diamond: each class sets its own attributes once, in the
# order of the method resolution order, and both branches' attributes are there.


class Base:
    def __init__(self, tag):
        self.tag = tag
        self.trail = [tag]


class Left(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.left = len(self.trail)
        self.trail.append("L")

    def side(self):
        return "left"


class Right(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.right = len(self.trail) * 10
        self.trail.append("R")

    def side(self):
        return "right"

    def only_right(self):
        return self.right + 1


class Both(Left, Right):
    def __init__(self, tag):
        super().__init__(tag)
        self.trail.append("B")


class Other(Right, Left):
    pass


b = Both("x")
print(b.tag, b.trail, b.left, b.right, b.side(), b.only_right())
o = Other("y")
print(o.tag, o.trail, o.left, o.right, o.side())
items = [Left("l"), Right("r"), b, o]
print([i.side() for i in items])
print([i.trail for i in items])
print([type(i).__name__ for i in items])
