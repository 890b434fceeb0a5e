def area(width: float, height: float) -> float:
    return width * height


def label(n: int, suffix: str = "s") -> str:
    return str(n) + suffix


count: int = 3
ratio: float = 0.5
print(area(2, 3), area(1.5, 2.0), label(count), label(1, ""), ratio)


def nothing() -> None:
    pass


print(nothing())
