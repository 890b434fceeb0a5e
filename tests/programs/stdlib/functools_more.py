import functools
import itertools


@functools.lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@functools.cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(ways(100, (50, 25, 10, 5, 1)))
print(max(range(1, 3000), key=collatz))


def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


hello = functools.partial(greet, "Hello")
print(hello("Ann"), hello("Bo", punctuation="?"))
shout = functools.partial(greet, punctuation="!!!")
print(shout("Hey", "Cy"), shout("Hey", "Cy", punctuation="."))
print(functools.reduce(lambda a, b: a + b, itertools.chain([1], (2, 3)), 100))
prefix_sums = list(itertools.accumulate(range(1, 6)))
print(prefix_sums, functools.reduce(lambda a, b: a * b, prefix_sums))
