# Small functions that calls are replaced by (krait inlines them): results, early returns,
# loops inside them, exceptions raised in them and caught around the call, argument order.


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1


def first_over(xs_len, limit):
    i = 0
    while i < xs_len:
        if i * i > limit:
            return i
        i += 1
    return -1


def swap(a, b):
    return b, a


def nothing(x):
    x + 1


def maybe(flag, value):
    if flag:
        return None
    return value


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def div(a, b):
    return a // b


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by):
        self.n = (self.n * 31 + by) % 1000003
        return self.n % 10


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def trace(label, value):
    print("evaluating", label)
    return value


def add3(a, b, c):
    return a * 100 + b * 10 + c


total = 0.0
for i in range(20):
    for j in range(20):
        total += entry(i, j)
print(f"{total:.12f}")
print([sign(x) for x in (-5, 0, 7)])
print(first_over(100, 50), first_over(3, 50))
a, b = swap(1, "two")
print(a, b)
print(nothing(3))
print(maybe(True, 5), maybe(False, 5))
print(safe_div(7, 2), safe_div(7, 0))
for d in (2, 0, -3):
    try:
        print("div", div(-7, d))
    except ZeroDivisionError as e:
        print("caught:", e)
c = Counter(7)
print([c.bump(k) for k in range(10)], c.n)
p = Pair(None, Pair(None, None))
print(p.left, p.right.left, type(p.right).__name__)
print(add3(trace("a", 1), trace("b", 2), trace("c", 3)))
hits = 0
for k in range(30):
    if sign(k - 15) == 0:
        continue
    if first_over(40, k) > 5:
        break
    hits += 1
print("hits", hits)
