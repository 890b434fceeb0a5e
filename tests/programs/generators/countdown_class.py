# A class whose __iter__ is a generator, iterated several times, each time afresh.


class Countdown:
    def __init__(self, start, step):
        self.start = start
        self.step = step

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= self.step


c = Countdown(10, 3)
print(list(c))
print(list(c))
print([n * n for n in Countdown(5, 2)])
for a in Countdown(2, 1):
    for b in Countdown(2, 1):
        print(a, b)
