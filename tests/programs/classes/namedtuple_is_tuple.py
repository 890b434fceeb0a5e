from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
class Q(NamedTuple):
    a: int
    b: str = "z"
p = P(1, 2)
q = Q(3)
print(isinstance(p, tuple), isinstance(q, tuple), isinstance(p, (int, tuple)), type(p) is tuple)
print(isinstance(p, P), isinstance(q, P))
vals = [p, (1, 2), "s", 3, q]
print([isinstance(v, tuple) for v in vals])
print([type(v) is tuple for v in vals])
def describe(v):
    if isinstance(v, tuple):
        return "tuple of " + str(len(v))
    return "other"
print([describe(v) for v in vals])
R = namedtuple("R", "a b")
print(P(1, 2) == R(1, 2), P(1, 2) != R(1, 2), P(1, 2) == (1, 2), (1, 2) == P(1, 2))
print(P(1, 2) < R(1, 3))
print(hash(P(1, 2)) == hash(R(1, 2)) == hash((1, 2)))
p = P(1, 2)
q = p._replace(y=5)
print(p, q, q._replace(x=7, y=8))
print(P._make([3, 4]), P._make((5, 6)))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
