from __future__ import annotations

import typing
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, TypeVar, Union, TYPE_CHECKING

if TYPE_CHECKING:
    from collections import OrderedDict

T = TypeVar("T")
Vector = List[float]
Grid = Dict[Tuple[int, int], str]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def describe(value: Union[int, str], extra: Any = None) -> str:
    return f"{value!r} {extra}"


class Node:
    def __init__(self, value: int, children: Optional[List[Node]] = None) -> None:
        self.value: int = value
        self.children: List[Node] = children or []

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)


grid: Grid = {(0, 0): "a"}
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(scale([1.0, 2.0], 1.5), first([3, 4]), first([]), apply(lambda x: x + 1, 4))
print(list(count_up(3)), describe(5), describe("s", 2), tree.total(), grid)
x: typing.List[int] = [1, 2]
print(x)
