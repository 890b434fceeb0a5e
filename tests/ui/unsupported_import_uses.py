from itertools import permutations
import functools
print(list(permutations([1, 2])))
print(functools.reduce(max, [1]))
x = permutations
