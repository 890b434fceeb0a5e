# Small generator helpers composed: take, skip, chain, pairwise.


def count_from(n):
    while True:
        yield n
        n += 1


def take(n, xs):
    if n <= 0:
        return
    for x in xs:
        yield x
        n -= 1
        if n == 0:
            return


def skip(n, xs):
    for x in xs:
        if n > 0:
            n -= 1
            continue
        yield x


def chain(a, b):
    yield from a
    yield from b


def pairwise(xs):
    first = True
    prev = 0
    for x in xs:
        if not first:
            yield prev, x
        prev = x
        first = False


print(list(take(5, count_from(10))))
print(list(take(3, skip(4, count_from(0)))))
print(list(chain([1, 2], [3])))
print(list(pairwise([1, 4, 9, 16])))
print(list(take(0, count_from(0))))
print(sum(take(100, count_from(1))))
