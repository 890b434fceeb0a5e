def safe(values):
    for v in values:
        try:
            q = 10 // v
            yield q
            print("after", q)
        except ZeroDivisionError:
            print("div by zero")


g = safe([1, 0, 2, 0])
print(next(g))
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
    print(next(g))
    print(next(g))
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("handled", e)
    raise RuntimeError("last")
