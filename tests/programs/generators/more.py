# Recursive generators with yield from, early return, generators that never yield, infinite ones cut short.

class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def walk(node, depth):
    yield (depth, node.value)
    for child in node.children:
        yield from walk(child, depth + 1)


leaf = Node("leaf", [])
tree = Node("root", [Node("a", [leaf]), Node("b", [])])
for depth, value in walk(tree, 0):
    print("  " * depth + value)


def take(n, xs):
    for x in xs:
        if n <= 0:
            return
        n -= 1
        yield x


print(list(take(2, [5, 6, 7])))


def nothing():
    return
    yield 1


print(list(nothing()), sum(nothing()))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n
        n += 1


ps = []
for p in primes():
    if p > 30:
        break
    ps.append(p)
print(ps)


def running_total(xs):
    total = 0.0
    for x in xs:
        total += x
        yield total


print(list(running_total([1.5, 2.5, 3.0])))
print(any(x > 3 for x in running_total([1.0, 2.0, 3.0])))
print(max(running_total([3.0, -1.0])), min(take(3, [9, 8, 7, 6])))
print(",".join(w for w in take(2, ["p", "q", "r"])))
print(",".join(take(3, ["x", "y"])))
