# An exception inside a delegate goes up through every `yield from`, each frame in the
# traceback.


def inner():
    yield 1
    raise ValueError("bad")


def middle():
    r = yield from inner()
    return r


def outer():
    yield from middle()


try:
    for v in outer():
        print(v)
except ValueError as e:
    print("caught", e)

for v in outer():
    print(v)
