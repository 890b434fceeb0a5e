# RecursionError is an exception like any other: caught, the program goes on.


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("deepest frame:", depth(0))


def chain(n):
    if n == 0:
        return 0
    return 1 + chain(n - 1)


print(chain(900))
try:
    chain(5000)
except RecursionError as e:
    print("too deep:", e)
print(chain(10))


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RuntimeError as e:
    print(type(e).__name__, e)
