def gen():
    yield 1
    raise StopIteration("inner")


try:
    for x in gen():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)


def pairs(items):
    it = iter(items)
    for a in it:
        b = next(it, 0)
        yield a, b


print(list(pairs([1, 2, 3])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print([v for v in Countdown(5)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print([next(g) for _ in range(10)])
print(sum(x for x in range(10) if x % 2))
