"""Shapes and helpers."""
import math

PI2 = 2 * math.pi
count = 0


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


def scale(x, factor=2):
    global count
    count += 1
    return x * factor


def fail(items):
    return items[5]


print("geometry loaded as", __name__)
if __name__ == "__main__":
    print("not printed")
