# Functions as values that capture variables of the enclosing function: returned, passed,
# stored in attributes, called with keywords and defaults, nested three deep, and generators.

def make_multiplier(k):
    return lambda x: x * k


def make_greeter(greeting, punctuation="!"):
    def greet(name, loud=False):
        text = f"{greeting}, {name}{punctuation}"
        return text.upper() if loud else text
    return greet


def compose(f, g):
    return lambda x: f(g(x))


def apply_all(fs, x):
    return [f(x) for f in fs]


def counter_list():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(2.5))
hello = make_greeter("Hello")
print(hello("Ann"), hello("Bob", loud=True), hello(name="Cy"))
inc_then_double = compose(double, lambda v: v + 1)
print(inc_then_double(4))
print(apply_all([double, double], 7))
add, items = counter_list()
add(1)
add(2)
print(add(3), items)
print(outer(1)(10)(100))
m = outer(5)
i1 = m(1)
i2 = m(2)
print(i1(0), i2(0))


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click(self.label)


prefix = ">> "


def handler_for(tag):
    return lambda label: prefix + tag + ":" + label


b = Button("ok", handler_for("btn"))
print(b.click())


def scale_all(values, factor):
    return sorted(values, key=lambda v: -v * factor)


print(scale_all([3, 1, 2], 2))


def run():
    base = 10
    offsets = [1, 2, 3]
    adders = list(map(lambda o: o + base, offsets))
    print(adders)
    total = sum(map(lambda o: o * base, offsets))
    print(total)
    chosen = list(filter(lambda o: o * base > 15, offsets))
    print(chosen)


run()
def outer_fact(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1) + n - n
    return fact


print(outer_fact(3)(5))


class Account:
    def __init__(self, balance):
        self.balance = balance

    def depositor(self, fee):
        def deposit(amount):
            self.balance += amount - fee
            return self.balance
        return deposit


acct = Account(100)
dep = acct.depositor(1)
dep(10)
print(dep(20), acct.balance)






def countdown_from(n):
    def gen():
        for i in range(n, 0, -1):
            yield i
    return gen


print(list(countdown_from(3)()))


def make_counter(start):
    counts = [start]

    def bump(by=1):
        counts[0] += by
        return counts[0]

    return bump


bump = make_counter(10)
bump()
bump(5)
print(bump(by=2))


def memoize_square():
    cache = {}

    def square(n):
        if n not in cache:
            print("computing", n)
            cache[n] = n * n
        return cache[n]

    return square


sq = memoize_square()
print(sq(4), sq(4), sq(5))
