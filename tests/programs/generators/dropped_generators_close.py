def numbers(label, n):
    print("start", label)
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", label)


for x in numbers("break", 10):
    if x == 2:
        break
print("after break")


def first_big(limit):
    for x in numbers("return", 100):
        if x > limit:
            return x
    return -1


print(first_big(3))

try:
    for x in numbers("raise", 10):
        if x == 1:
            raise ValueError("stop at 1")
except ValueError as e:
    print("caught", e)


def uses_local():
    g = numbers("local", 5)
    print(next(g), next(g))
    print("leaving uses_local")


uses_local()
print("after uses_local")


def rebinds():
    g = numbers("first", 3)
    next(g)
    g = numbers("second", 3)
    next(g)
    print("rebound")


rebinds()


def loop_rebinds():
    for k in range(3):
        g = numbers(f"loop{k}", 3)
        print(next(g))
    print("loop done")


loop_rebinds()

print(sum(numbers("sum", 4)))
print(sorted(numbers("sorted", 3), reverse=True))
print([v * 2 for v in numbers("comp", 3)])

h = numbers("zipped", 10)
for a, b in zip("xy", h):
    print(a, b)
print(any(v > 1 for v in numbers("genexp", 5)))


class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<" + self.name + ">")
        return self

    def __exit__(self, a, b, c):
        print("</" + self.name + ">")


def tagged(items):
    with Tag("ul"):
        for item in items:
            with Tag("li"):
                yield item


for item in tagged(["a", "b", "c"]):
    print(item)
    if item == "b":
        break


def delegating():
    yield -1
    yield from numbers("delegate", 3)
    yield 99


for v in delegating():
    print(v)
    if v == 0:
        break

m = numbers("module", 5)
print(next(m))
print("end of program")
