from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def __post_init__(self):
        self.y = abs(self.y)


p = Point(1, -2)
p.x = 5
print(p)
