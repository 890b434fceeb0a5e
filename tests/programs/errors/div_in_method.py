class Stats:
    def __init__(self, values):
        self.values = values

    def mean(self):
        return sum(self.values) / len(self.values)


print(Stats([1, 2, 3]).mean())
print(Stats([]).mean())
