# Decorators written in Python on module-level functions: a wrapper, a decorator factory with
# arguments, one that registers and returns the function, stacked ones, and memoization that a
# recursive function reaches through its own (decorated) name; and a function's __name__.


def shout(fn):
    def wrapper(name):
        return fn(name).upper() + "!"
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(x):
            out = []
            for _ in range(times):
                out.append(fn(x))
            return out
        return wrapper
    return decorate


registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@shout
def greet(name):
    return "hello " + name


@repeat(3)
def double(x):
    return x * 2


@register
def plain(x):
    return x + 1


@shout
@shout
def twice(name):
    return name


def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(greet("world"))
print(double(4))
print(plain(1), registry)
print(twice("hi"))
print(fib(80))


def use():
    return greet("inner") + str(fib(10))


print(use())
print(greet.__name__, plain.__name__, (lambda: 0).__name__)
