# send() errors: a value sent to a generator that has not started, and send() to a finished one.


def gen():
    x = yield 1
    print("got", x)
    yield x * 2


g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
print(g.send(21))
try:
    g.send(1)
except StopIteration:
    print("finished")

h = gen()
h.send(3)
