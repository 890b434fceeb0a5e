# any() and all() of a generator run it only until the result is decided (an infinite one too),
# leaving the rest for next().

def naturals():
    n = 0
    while True:
        print("at", n)
        yield n
        n += 1


def evens(limit):
    for i in range(limit):
        print("check", i)
        yield i % 2 == 0


print(any(naturals()))
print(all(evens(5)))
print(any(evens(0)), all(evens(0)))
g = naturals()
print(any(g), next(g))
