import functools
from functools import reduce, partial, lru_cache, cache, cmp_to_key


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@lru_cache
def square(x):
    print("computing", x)
    return x * x


@lru_cache(maxsize=2)
def loud(x):
    print("loud", x)
    return -x


print(fib(80), paths(10, 10))
print(square(3), square(3), square(4))
for x in [1, 2, 1, 3, 1, 2]:
    loud(x)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exp):
    return base ** exp


square_of = partial(power, exp=2)
two_to = partial(power, 2)
print(square_of(7), two_to(10), [two_to(i) for i in range(5)])


def compare_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
