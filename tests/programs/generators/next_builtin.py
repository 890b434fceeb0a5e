# next() of a generator, with and without a default; StopIteration when it is done.

def gen():
    yield 1
    yield 2


g = gen()
print(next(g), next(g), next(g, -1), next(g, 0))
h = gen()
print(next(h))
for rest in h:
    print("rest", rest)
try:
    next(h)
except StopIteration:
    print("stopped")
next(gen())
print(next(h))
