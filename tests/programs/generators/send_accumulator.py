# send(): `x = yield value` takes what send() passes in; next() and send(None) start it.


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(-3))

started = accumulator()
print(started.send(None))
print(started.send(100))


def echo():
    while True:
        received = yield
        print("got", received)


e = echo()
next(e)
e.send("hello")
e.send("wörld")
e.send("")


def pairs():
    p = yield (0, "")
    while True:
        p = yield (p[0] * 2, p[1] + "!")


pg = pairs()
print(next(pg))
print(pg.send((3, "hi")))
print(pg.send((5, "yo")))


class Averager:
    def run(self):
        total = 0.0
        n = 0
        avg = 0.0
        while True:
            x = yield avg
            total += x
            n += 1
            avg = total / n


a = Averager().run()
next(a)
for x in [10, 20, 31]:
    print(a.send(x))


def tagged():
    label: str = yield "ready"
    while label != "end":
        label = yield f"<{label}>"
    print("ended")


t = tagged()
print(next(t))
print(t.send("a"))
print(t.send("b"))
try:
    t.send("end")
except StopIteration:
    print("StopIteration after end")


def counter():
    n = 0
    while True:
        step = yield n
        n += step


c = counter()
next(c)
steps = [c.send(s) for s in range(5)]
print(steps)
