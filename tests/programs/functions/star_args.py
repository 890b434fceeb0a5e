# `*args` through function values and `f(*tuple)` calls: wrappers that forward their arguments,
# functions taking the rest of the arguments called through variables, constructors and nested
# functions called with unpacked tuples.

def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        result = fn(*args)
        print("returned", result)
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def greet(name, punct="!"):
    return "hi " + name + punct


def total(*nums):
    return sum(nums)


def call_with(f, *args):
    return f(*args)


print(add(2, 3))
print(greet("ann"))
t = total
print(t(1, 2, 3), t())
print(call_with(add, 10, 20))
pair = (4, 5)
print(add(*pair))
print(call_with(total, 1, 2, 3, 4))


def total2(*nums):
    return sum(nums)


def area(w, h):
    return w * h


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


dims = (3, 4)
print(area(*dims), total2(*dims), total2(1, *dims))
p = Point(*dims)
print(p.x, p.y)


def outer():
    k = 10
    def scaled(a, b):
        return (a + b) * k
    return scaled(*dims)


print(outer())
