class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


print(list(map(Counter().add, [1, 2, 3])))
