# Decorators on nested functions: a wrapper capturing the enclosing function's variables, memoization
# that the decorated function reaches through its own name (a cell), stacked factories.

def trace(fn):
    def wrapper(x):
        print("call", x)
        return fn(x)
    return wrapper


def outer(k):
    @trace
    def add(x):
        return x + k
    return add(1) + add(2)


print(outer(10))


def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def solve(limit):
    @memo
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return [fib(i) for i in range(limit)]


print(solve(30))


def times(n):
    def deco(fn):
        def inner(s):
            return fn(s) * n
        return inner
    return deco


def build():
    @times(2)
    @times(3)
    def word(s):
        return s + "."
    return word("ab")


print(build())
