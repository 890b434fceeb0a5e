from itertools import permutations
import string
print(list(permutations([1, 2])))
print(string.digits)
x = permutations
