def lines(items):
    for item in items:
        try:
            yield item.strip()
        finally:
            print("done with", item)


print(list(lines([" a ", "b "])))


def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")


g = gen()
print(next(g))
g.close()
print("closed")
g.close()
g2 = gen()
g2.close()
print("unstarted closed")


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, a, b, c):
        print("exit", self.name, a)
        return False


def managed(n):
    with Res("r") as r:
        for i in range(n):
            yield i * 10


g3 = managed(3)
print(next(g3), next(g3))
g3.close()
print(list(managed(2)))


def stubborn():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("never", r)


o = outer()
print(next(o))
o.close()
print("outer closed")


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return
    print("unreached")


r = returns_on_close()
next(r)
r.close()
print("ok")


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("caught", e)
