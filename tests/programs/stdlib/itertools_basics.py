import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, zip_longest)

print(list(permutations("abc", 2)))
print(list(permutations([1, 2, 3])))
print(len(list(itertools.permutations(range(6), 4))))
print(list(combinations("abcd", 3)))
print(list(combinations_with_replacement("ab", 3)))
print(list(product("xy", repeat=2)))
print(list(product([1, 2], [3, 4])))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: max(a, b))))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain("ab", "cd", "e")))
print(list(chain.from_iterable([[1, 2], [3]])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
for i, c in zip(count(10, 5), "abc"):
    print(i, c, end="; ")
print()
print(list(islice(cycle("ab"), 5)))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
for k, g in groupby("aaabbcaa"):
    print(k, list(g))
for k2, g2 in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2):
    print(k2, list(g2))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 0, None, 2)))
print(list(pairwise([1, 2, 3, 4])))
print(list(repeat("z", 3)))
print(list(starmap(lambda a, b: a ** b, [(2, 3), (3, 2)])))
print(list(zip_longest("abc", "x", fillvalue="-")))
it = permutations(range(3))
print(next(it), next(it))
groups = [(k, list(g)) for k, g in groupby(sorted("mississippi"))]
print(groups)
