from dataclasses import dataclass

FROZEN = True


@dataclass(slots=True, frozen=FROZEN)
class Point:
    x: int
    y: int


print(Point(1, 2))
