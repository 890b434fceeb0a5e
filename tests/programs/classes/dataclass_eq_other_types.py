from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass
class B:
    y: int


print(A(1) == B(1), A(1) == A(1), A(1) == 5)
