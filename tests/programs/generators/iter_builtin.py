# iter(): an iterator over a list, str, dict, set or generator, consumed by next(), for loops and
# builtins.

it = iter([1, 2, 3])
print(next(it), next(it))
for x in it:
    print("rest", x)
print(next(it, -1))
words = iter("abc")
print(list(words))


def firsts(xs):
    it = iter(xs)
    head = next(it)
    return head, [x * 10 for x in it]


print(firsts([1, 2, 3, 4, 5, 6]))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), list(keys))
s = iter({3, 1, 2})
print(sorted(s))
e = iter([])
try:
    next(e)
except StopIteration:
    print("empty")
g = iter(x * x for x in range(3))
print(list(g))
