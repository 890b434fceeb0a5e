class Log:
    def __init__(self, name, *lines):
        self.name = name
        self.lines = lines

    def add(self, *more):
        return len(self.lines) + len(more)


entries = ["boot", "ready"]
log = Log(*(["sys"] + entries))
print(log.name, log.lines, log.add(*entries), log.add())
def f(*a):
    return len(a)


print(f(*entries), f(1))


def outer(*args):
    return inner(*args)


def inner(*args):
    return args


print(outer(1, 2), outer(*[3]))


def spread(*parts):
    return "-".join(parts)


print(spread(*{"x"}), spread(*"abc"), spread(*(c for c in "xyz")))
