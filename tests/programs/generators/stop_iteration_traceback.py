def gen():
    yield 1
    raise StopIteration("inner")


for x in gen():
    print(x)
