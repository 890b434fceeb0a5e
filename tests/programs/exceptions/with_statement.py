# with statements: __enter__'s value, __exit__ on every way out, exceptions passed to it and swallowed.

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("close", self.name)
        else:
            print("close", self.name, "after", exc_type.__name__, exc)
        return False


class Suppress:
    def __enter__(self):
        return 42

    def __exit__(self, exc_type, exc, tb):
        print("suppressing:", exc_type is not None)
        return True


with Resource("a") as r:
    print("using", r.name)

with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)

try:
    with Resource("b"):
        [][1]
except IndexError as e:
    print("propagated", e)

with Suppress() as n:
    print("n =", n)
    1 / 0
    print("not reached")
print("after suppress")


def find(items, wanted):
    with Resource("scan"):
        for i, item in enumerate(items):
            if item == wanted:
                return i
    return -1


print(find([5, 6, 7], 6))
print(find([5, 6, 7], 9))
for k in range(3):
    with Resource(f"loop{k}"):
        if k == 1:
            continue
        if k == 2:
            break
        print("body", k)
with Resource("last"):
    raise ValueError("boom")
