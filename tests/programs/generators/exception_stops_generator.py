# An exception out of a generator ends it: iterating it again yields nothing.


def risky(values):
    for v in values:
        yield 12 // v


g = risky([3, 0, 4])
results = []
try:
    for r in g:
        results.append(r)
except ZeroDivisionError as e:
    print("stopped by", e)
print(results)
print(list(g))
print(next(g, -1))
