# Classes whose __iter__ is a generator method, and generator methods taking arguments.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for row in self.rows:
            yield from row

    def cells(self, scale):
        for i, row in enumerate(self.rows):
            for j, value in enumerate(row):
                yield i, j, value * scale


for n in Countdown(3):
    print(n)
print([x * x for x in Countdown(4)])
m = Matrix([[1, 2], [3, 4]])
for value in m:
    print("value", value)
print(list(m.cells(10)))
print(sum(v for _, _, v in m.cells(2)))
print(max(m.cells(1)))
