OPS = {
    "add": lambda a, b: a + b,
    "max": lambda a, b: a if a > b else b,
    "pow": lambda a, b: a ** b,
}
for name in sorted(OPS):
    print(name, OPS[name](2, 5))


def pick(kind):
    if kind == "double":
        return lambda x: x * 2
    if kind == "inc":
        return lambda x: x + 1
    return abs


for kind in ["double", "inc", "other"]:
    fn = pick(kind)
    print(kind, fn(-4))


def apply_all(funcs, value):
    out = []
    for f in funcs:
        out.append(f(value))
    return out


print(apply_all([str.strip, str.upper, str.lower], "  Mixed  "))


def by_length(s):
    return len(s)


def by_last(s):
    return s[-1]


words = ["pear", "fig", "banana", "kiwi"]
for key in [by_length, by_last]:
    print(sorted(words, key=lambda w: key(w)), key.__name__)


class Machine:
    def __init__(self):
        self.handlers = {"start": self.on_start, "stop": self.on_stop} if False else {}
        self.log = []

    def on_start(self):
        self.log.append("started")

    def on_stop(self):
        self.log.append("stopped")


def greet(name):
    return "hello " + name


def shout(name):
    return name.upper() + "!"


table = [greet, shout]
table.append(greet)
print([f("bo") for f in table], len(table))
print(table[1]("x"), table[-1]("y"))
