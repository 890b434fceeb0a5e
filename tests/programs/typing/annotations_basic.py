from typing import List, Dict, Optional, Tuple


def total(xs: List[int]) -> int:
    return sum(xs)


def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)


def pair() -> Tuple[int, str]:
    return 1, "a"


print(total([1, 2]), find({"a": 1}, "a"), find({}, "b"), pair())
