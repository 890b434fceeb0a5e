# The recursion limit reached at a call krait inlines: RecursionError as CPython raises it.


def step(n):
    return n + 1


def climb(n):
    m = step(n)
    return climb(m)


try:
    climb(0)
except RecursionError as e:
    print("RecursionError:", e)


def deep(n):
    if n == 0:
        return step(0)
    return deep(n - 1) + 1


print(deep(900))
