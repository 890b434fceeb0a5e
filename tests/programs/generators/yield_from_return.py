# `yield from` delegates: what the delegate returns is the value of `yield from`, and what is
# sent to the delegating generator reaches the delegate.


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return i


def chain():
    a = yield from counter(3)
    b = yield from counter(2)
    return a + b


print(list(chain()))
for v in chain():
    print(v, end=" ")
print()


def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    print("sub got", y)
    return x + y


def outer():
    r = yield from sub()
    print("delegate returned", r)
    yield r * 10
    return "done"


o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))
try:
    next(o)
except StopIteration as s:
    print("stopped:", s)


def tally():
    count = 0
    while True:
        word = yield count
        if word == "stop":
            return count
        count += len(word)


def run():
    total = yield from tally()
    print("tally total", total)
    more = yield from tally()
    print("second tally", more)
    yield -1


r = run()
print(next(r))
print(r.send("ab"))
print(r.send("cde"))
print(r.send("stop"))
print(r.send("wxyz"))
print(r.send("stop"))
try:
    r.send("x")
except StopIteration:
    print("over")
try:
    r.send("y")
except StopIteration:
    print("still over")


def lister():
    got = yield from [1, 2, 3]
    print("got", got)
    got = yield from range(4, 6)
    print("got", got)


print(list(lister()))


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        n = 1
        yield self.value
        for child in self.children:
            n += yield from child.walk()
        return n


tree = Node(1, [Node(2, [Node(4, [])]), Node(3, [Node(5, []), Node(6, [])])])
print(list(tree.walk()))


def counted():
    n = yield from tree.walk()
    yield n


print(list(counted()))


def three_levels_inner():
    got = yield "inner ready"
    return got.upper()


def three_levels_middle():
    text = yield from three_levels_inner()
    return text + "!"


def three_levels_outer():
    final = yield from three_levels_middle()
    yield final


g = three_levels_outer()
print(next(g))
print(g.send("deep"))


def plain(n):
    for i in range(n):
        yield i


def exhausted_delegate():
    done = plain(1)
    for _ in done:
        pass
    result = yield from done
    print("from an exhausted generator:", result)
    yield 0


print(list(exhausted_delegate()))
