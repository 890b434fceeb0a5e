from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass
class Loose:
    x: int


@dataclass(frozen=True)
class Stiff(Loose):
    y: int


class Sized(Point):
    def __init__(self, x, y, size):
        super().__init__(x, y)
        self.size = size

