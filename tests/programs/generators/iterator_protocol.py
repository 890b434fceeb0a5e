# The iterator protocol: __iter__ giving an object whose __next__ raises StopIteration at the end.

class Range2:
    def __init__(self, start, stop):
        self.current = start
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += 1
        return value


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIterator(self.cards)


class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration()
        card = self.cards[self.i]
        self.i += 1
        return card


for x in Range2(3, 6):
    print(x)
print([x * 10 for x in Range2(0, 3)])
for i, card in enumerate(Deck(["A", "K", "Q"])):
    print(i, card)
for card in Deck([]):
    print("never")
else:
    print("empty deck")


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        return 1 // 0


for v in Bad():
    print(v)
