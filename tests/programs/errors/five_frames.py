def a(n):
    return b(n) + 1


def b(n):
    return c(n) * 2


def c(n):
    return d(n) - 3


def d(n):
    return e(n) // n


def e(n):
    return 100 % n


print(a(0))
