# Bound methods as values: called later, passed, stored, mapped, as a sort key; the receiver's class
# decides the method.

class Counter:
    def __init__(self, start):
        self.n = start

    def add(self, k=1):
        self.n += k
        return self.n

    def show(self, prefix, *rest, sep=" "):
        return prefix + sep.join(str(r) for r in rest) + str(self.n)


c = Counter(10)
inc = c.add
print(inc(), inc(5), inc(k=2), c.n)
show = c.show
print(show("n=", 1, 2, sep="-"), inc.__name__)
ops = [c.add, Counter(0).add]
print([op(3) for op in ops])


def apply(f, times):
    out = []
    for _ in range(times):
        out.append(f())
    return out


print(apply(Counter(100).add, 3))
zero = Counter(0)
print(list(map(zero.add, [1, 2, 3])), zero.n)


class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__ + " " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for shape in [Shape(), Square(3)]:
    d = shape.describe
    a = shape.area
    print(d(), a())


class Ranker:
    def __init__(self, weight):
        self.weight = weight

    def score(self, word):
        return len(word) * self.weight - ord(word[0])

    def rank(self, words):
        return sorted(words, key=self.score)


print(Ranker(2).rank(["pear", "fig", "banana", "kiwi"]))
handlers = {"inc": c.add}
print(handlers["inc"](100))
