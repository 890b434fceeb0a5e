from functools import reduce
print(reduce(max, [1, 5, 2]))
