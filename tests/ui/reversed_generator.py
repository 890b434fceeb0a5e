def g():
    yield 1
    yield 2


print(list(reversed(g())))
