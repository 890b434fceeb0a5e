# A generator may stop inside a try body whose except clauses catch what is raised there.

def parse(items):
    for item in items:
        try:
            value = int(item)
            yield value * 2
        except ValueError:
            print("skipping", repr(item))
        else:
            print("parsed", item)


print(list(parse(["1", "x", "3"])))


def guarded(xs):
    try:
        for x in xs:
            yield 10 // x
    except ZeroDivisionError as e:
        print("stopped:", e)


for v in guarded([5, 2, 0, 1]):
    print(v)
