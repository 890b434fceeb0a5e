from enum import Enum


class Shape(Enum):
    CIRCLE = 1

    def describe(self):
        return self.name.lower()


print(Shape.CIRCLE)
