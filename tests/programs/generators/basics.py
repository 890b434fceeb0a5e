# Generator functions consumed by for loops, builtins and comprehensions; exhausted generators stay empty.

def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i * i


def words(text):
    for w in text.split():
        yield w.upper()
    yield "END"


for x in countdown(3):
    print("tick", x)
print(list(evens(10)), sum(evens(7)), max(evens(5)))
print(sorted(words("b c a")))
for i, w in enumerate(words("x y"), 1):
    print(i, w)
print([x * 2 for x in countdown(4) if x != 2])
g = countdown(2)
for a in g:
    print("first pass", a)
for a in g:
    print("exhausted, never printed", a)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for f in fib():
    if f > 50:
        break
    print(f, end=" ")
print()


def pairs(xs):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            yield (xs[i], xs[j])


print(list(pairs([1, 2, 3])))


def nested():
    yield from countdown(2)
    yield from evens(4)


print(list(nested()))
