ORIGIN = (0, 0)
best = (0.0, "none")


def step(position, direction):
    x, y = position
    dx, dy = direction
    return x + dx, y + dy


def record(score, name):
    global best
    if score > best[0]:
        best = (score, name)


position = ORIGIN
for i in range(5):
    position = step(position, (1, i))
print(position, ORIGIN)
record(2.5, "a")
record(1.5, "b")
record(3.5, "c")
print(best, best[1])


def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b


print(fib_pair(10), fib_pair(50)[0])
nested = ((1, 2), (3, (4, "five")))
print(nested[1][1][1], nested[0][-1], len(nested[1]))
print((1.5, "x") < (1.5, "y"), (2, 1.0) > (2, 0.5), ("b",) > ("a", "z"))
print(divmod(10 ** 18, 7), divmod(-1, 3), divmod(1.0, 0.1), divmod(-0.0, 5))
