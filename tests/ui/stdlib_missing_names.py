import functools
import itertools
from itertools import tee


@functools.total_ordering
class A:
    pass


print(itertools.batched([1, 2, 3], 2))
print(functools.wraps)
