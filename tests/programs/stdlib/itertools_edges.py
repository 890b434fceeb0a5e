import itertools
from itertools import chain, groupby, islice, count

print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable([(1, 2), (3,)])))
print(list(itertools.combinations(range(3), 5)), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations(range(4), 0)))
print(list(itertools.product()), list(itertools.product("ab", [])))
print(list(islice(count(1.5, 0.5), 4)))
print(list(itertools.accumulate([])))
print(list(itertools.zip_longest([1, 2, 3], "ab", [True])))
groups = groupby("aabbbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 3, 6)))
for n in count(7):
    if n * n > 200:
        print("first", n)
        break
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(itertools.combinations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
pairs = list(itertools.pairwise("hello"))
print(pairs, list(itertools.pairwise([1])))
total = 0
for a, b in itertools.product(range(3), repeat=2):
    total += a * b
print(total)
print(sum(1 for _ in itertools.combinations(range(10), 4)))
cyc = itertools.cycle([1, 2, 3])
print([next(cyc) for _ in range(7)])
print(list(itertools.takewhile(str.isdigit, ["1", "22", "x", "3"])))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [2]])))
it = itertools.repeat(5)
print(next(it), next(it))
print(list(itertools.starmap(lambda a, b: max(a, b), [(1, 5), (7, 2)])))
for args in [(-2,), (1, -1), (0, 3, 0), (None, None, None), (2, None), (1, 1)]:
    try:
        print(list(islice("abcdef", *args)))
    except ValueError as e:
        print("ValueError:", e)
try:
    p = itertools.permutations([1, 2], -1)
except ValueError as e:
    print("ValueError:", e)
print(list(islice([1, 2, 3], 5)), list(islice([1, 2, 3], 1, 10, 5)))
