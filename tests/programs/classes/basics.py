class Counter:
    """Counts, with a step."""

    def __init__(self, name, step=1):
        self.name = name
        self.step = step
        self.count = 0
        self.ratio = 0.5
        self.active = True

    def tick(self):
        self.count += self.step
        return self.count

    def tick_n(self, n):
        for _ in range(n):
            self.tick()
        return self

    def describe(self):
        state = "on" if self.active else "off"
        return f"{self.name}: {self.count} (step {self.step}, {state}, {self.ratio})"


def total(a, b):
    return a.count + b.count


a = Counter("a")
b = Counter("b", 3)
b.tick_n(4).tick()
a.tick()
a.ratio *= 3
b.active = not b.active
b.name = b.name + "!"
print(a.describe())
print(b.describe())
print(total(a, b), a.tick(), b.count)
c = a
c.count = 100
print(a.count, c is a, c is b, a == c, a != b)
