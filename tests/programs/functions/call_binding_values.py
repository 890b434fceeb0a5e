# Calls through values and of methods binding as CPython does: `*args` with keywords, keyword-only
# parameters, `**kwargs` taking the keywords (and a `**mapping`'s keys) no parameter names.


def show(*args, **kwargs):
    return f"{args} {kwargs}"


def pick(a, b=2, *rest, c, d=4, **extra):
    return f"a={a} b={b} rest={rest} c={c} d={d} extra={extra}"


f = show
g = pick
print(f())
print(f(1, 2, x=3))
print(f(**{"y": 1, "z": 2}))
print(f(1, k=0, **{"y": 1}, w=5))
print(g(1, c=3))
print(g(1, 5, 6, 7, c=3, e=9))
print(g(c=1, a=2, zz=0))
print(g(1, **{"c": 5, "q": 6}))
print(g(1, **{"c": 5, "b": 7, "d": 8}))


class Box:
    def __init__(self, *items, **labels):
        self.items = items
        self.labels = labels

    def put(self, *more, sep=", ", **tags):
        return sep.join(str(x) for x in self.items + more) + " " + str(tags)

    def get(self, key, **defaults):
        return self.labels.get(key, defaults.get(key, "?"))


b = Box(1, 2, color="red")
print(b.items, b.labels)
print(b.put(3, 4))
print(b.put(3, sep="-", size=1))
print(b.put(**{"sep": "+", "big": True}))
print(b.get("color"), b.get("shape", shape="round"), b.get(**{"key": "x", "x": 9}))
for call in [
    lambda: f(**{"x": 1}, x=2),
    lambda: b.get(**{"self": "s", "key": "k"}),
    lambda: g(1, **{"c": 1, "a": 2}),
    lambda: g(1, **{"d": 1}),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
