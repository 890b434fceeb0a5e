# zip() runs generators in step: an infinite one stops at the shortest argument, a for loop over
# the zip interleaves with the generators' own output, one iterator given twice pairs elements.

def naturals():
    n = 0
    while True:
        yield n
        n += 1


def noisy(xs):
    for x in xs:
        print("giving", x)
        yield x


print(list(zip(naturals(), "abc")))
print(list(zip("ab", naturals())))
for i, (a, b) in enumerate(zip(noisy([1, 2, 3]), [10, 20])):
    print(i, a, b)
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
g = naturals()
print(dict(zip(["x", "y"], g)), next(g))
