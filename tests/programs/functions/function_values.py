# Functions as values: passed as arguments, returned, stored in variables and dicts, called
# with keywords and defaults, as key= of sorted/min/max/list.sort, and in map().
def score(w):
    return len(w)


def by_last(w):
    return w[-1]


def apply(f, x):
    return f(x)


def twice(f, x):
    return f(f(x))


def double(x):
    return 2 * x


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def compose_apply(f, g, x):
    return g(f(x))


def pick(flag):
    def inc(v):
        return v + 1

    if flag:
        return inc
    return inc


words = ["bb", "a", "ccc", "ab"]
print(sorted(words, key=score), max(words, key=by_last), min(words, key=score))
print(apply(double, 4), apply(score, "hello"), twice(double, 3), twice(by_last, "xyz"))
handler = greet
print(handler("Ann"), handler("Bob", punct="?"), handler(greeting="Hi", name="Cy"))
print(compose_apply(double, by_last, "21"), compose_apply(score, double, "four"))
step = pick(True)
print(step(41), list(map(double, [1, 2, 3])), apply(lambda v: v * v, 7))
ops = {"double": double}
print(ops["double"](5))
words.sort(key=by_last)
print(words)
