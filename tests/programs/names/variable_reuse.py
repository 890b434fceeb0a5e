from itertools import groupby


def make_adder(n):
    return lambda x: x + n


f = lambda x: x * 2
print(f(5))
f = make_adder(10)
print(f(5))

x = 5
print(x + 1)
x = "five"
print(x.upper())
x = [1, 2]
x.append(3)
print(x)

for k, g in groupby("aabbbc"):
    print(k, list(g))
for k, g in groupby([1, 1, 2, 3, 3]):
    print(k, sum(g))


def gen_a():
    yield 1
    yield 2


def gen_b(s):
    for ch in s:
        yield ch


it = gen_a()
print(next(it), list(it))
it = gen_b("xyz")
print(next(it), list(it))


def work(items):
    total = 0
    for item in items:
        total += item
    total = str(total) + "!"
    result = total * 2
    while True:
        n = len(result)
        if n > 3:
            break
    else:
        n = "never"
    print(n, result)
    try:
        value = int("x")
    except ValueError as e:
        value = "bad: " + str(e)
    print(value)
    value = 3.5
    print(value * 2)
    if (m := len(items)) > 2:
        print("long", m)
    m = "m"
    print(m)
    squares = [v * v for v in items]
    v = "outer v"
    print(squares, v)
    for j in range(3):
        if j == 1:
            continue
        last = j
    print(last)
    last = "done"
    print(last)
    try:
        for j in range(5):
            try:
                if j == 2:
                    break
            finally:
                state = j
        print("state", state)
    finally:
        state = "final"
    print(state)


work([1, 2, 3])

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
counter = counter + 10
print(counter, bump())

seen = 0


def show():
    return seen


seen = "later"
print(show())

y = 1
for i in range(3):
    print(y)
    y = y * 2.5
print(y)
y = "again"
print(y)
