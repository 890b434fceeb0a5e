class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


print(max(Countdown(5)), sorted(Countdown(3)), sum(Countdown(4)), list(Countdown(2)))
print(min(Squares(4)), sorted(Squares(4), reverse=True), sum(Squares(5)))
print(", ".join(str(v) for v in Countdown(3)), set(Squares(3)))
print(list(enumerate(Squares(3))))
print(sorted(Countdown(4), key=lambda v: -v), max(Squares(4), key=lambda v: v % 3))
print(max(Squares(4), key=lambda v: v % 3))
