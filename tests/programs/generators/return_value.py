# A generator's `return value` ends it: the value rides on StopIteration (its text), and a
# second next() raises a bare StopIteration.


def numbers():
    yield 1
    yield 2
    return "done"


print(list(numbers()))
for n in numbers():
    print(n)

g = numbers()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("first:", repr(str(e)))
try:
    next(g)
except StopIteration as e:
    print("second:", repr(str(e)))


def early(limit):
    for i in range(10):
        if i == limit:
            return i * 100
        yield i
    return -1


e = early(2)
print(next(e), next(e))
try:
    next(e)
except StopIteration as stop:
    print("stopped with", stop)
print(list(early(20)))
print(next(early(0), -5))


def floats():
    yield 1.5
    return 2.5


f = floats()
next(f)
try:
    next(f)
except StopIteration as stop:
    print(stop)


def ends():
    yield 0
    return "the end"


last = ends()
next(last)
next(last)
