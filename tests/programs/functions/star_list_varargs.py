def total(*args):
    return sum(args)


def show(first, *rest):
    print(first, rest, len(rest))


def tagged(tag, sep=", ", *values):
    return tag + ": " + sep.join(str(v) for v in values)


xs = [1, 2, 3]
print(total(*xs), total(*[]), total(1, 2), total(*xs[:1]))
show(*xs)
show(0, *xs)
show(5, 6, *xs)
show(*["only"])
print(tagged(*["a", "; ", 1.5, None]))
print(tagged("b", *[" | ", "x"]))
print(tagged(*["c"]))
words = ["x", "y"]
show(*words)
try:
    show(*[])
except TypeError as e:
    print("TypeError:", e)


def pair(a, b, *more):
    return (a, b, more)


print(pair(1, *[2]), pair(*[1, 2, 3, 4]))
for item in pair(*list("abcd"))[2]:
    print(item)
