class Shape:
    sides = 0
    count = 0
    label: str = "shape"

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def describe(self):
        return f"{self.name}: {self.sides} sides, {self.label}"


class Triangle(Shape):
    sides = 3

    def __init__(self):
        super().__init__("triangle")


class Square(Shape):
    sides = 4

    def __init__(self):
        super().__init__("square")


print(Shape.sides, Triangle.sides, Square.sides, Shape.count)
t = Triangle()
s = Square()
print(t.describe(), s.describe(), Shape.count, Triangle.count)
Shape.label = "polygon"
print(t.label, Square.label)


class Config:
    DEBUG = False
    LEVELS = ["low", "high"]
    SCALE = 2.5

    def __init__(self):
        self.level = Config.LEVELS[0]


c = Config()
print(Config.DEBUG, c.level, Config.SCALE * 2, len(Config.LEVELS))
Config.LEVELS.append("max")
print(Config.LEVELS)
shapes = [Triangle(), Square(), Shape("blob")]
for sh in shapes:
    print(sh.describe(), sh.sides)
print(sum(sh.sides for sh in shapes), Shape.count)
