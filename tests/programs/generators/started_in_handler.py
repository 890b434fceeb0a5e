def guarded(values):
    for v in values:
        try:
            yield v
            if v == 0:
                raise ValueError("zero")
        except ValueError as e:
            print("generator handled", e)


try:
    raise KeyError("while starting")
except KeyError:
    g = guarded([1, 0, 2])
    print(next(g))
print(next(g))
print(next(g))
raise RuntimeError("at the end")
