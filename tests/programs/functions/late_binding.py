# Closures see their variables as they are when called, not when made: a loop variable several
# lambdas capture, a variable reassigned after the closure is made, and `nonlocal` counters,
# accumulators and setters shared between closures (variables kept in cells).


def make_fns():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs


print([f() for f in make_fns()])


def reassigned():
    x = 1
    f = lambda: x
    x = 2
    return f


print(reassigned()())


def while_loop():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda k: k * n)
        n += 1
    return [f(10) for f in fs]


print(while_loop())


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c = counter()
c()
c()
print(c())
d = counter()
print(d(), c())


def accumulate(start):
    total = start
    history = []

    def add(x):
        nonlocal total
        total = total + x
        history.append(total)
        return total

    def peek():
        return total

    add(5)
    add(10)
    return peek(), history, add


p, h, add = accumulate(1)
print(p, h, add(100), h)


def make_pair():
    value = "a"

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


get, set_ = make_pair()
print(get())
set_("b")
print(get())


def outer():
    x = 0

    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
        return x

    return middle()


print(outer())
