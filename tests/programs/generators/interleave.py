# Generators advanced by hand with next(): round robin, merging sorted streams.


def letters(word):
    for ch in word:
        yield ch


def round_robin(words):
    gens = [letters(w) for w in words]
    out = []
    while gens:
        remaining = []
        for g in gens:
            ch = next(g, "")
            if ch:
                out.append(ch)
                remaining.append(g)
        gens = remaining
    return "".join(out)


print(round_robin(["abc", "de", "f"]))


def merge(a, b):
    x = next(a, -1)
    y = next(b, -1)
    while x != -1 or y != -1:
        if y == -1 or (x != -1 and x <= y):
            yield x
            x = next(a, -1)
        else:
            yield y
            y = next(b, -1)


def each(xs):
    for x in xs:
        yield x


print(list(merge(each([1, 4, 9]), each([2, 3, 10, 11]))))
