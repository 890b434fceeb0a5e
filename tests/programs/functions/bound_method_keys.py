# Bound methods as key=: list.index and a method of an instance, the object read once.
totals = {"apple": 6.5, "fig": 2.0, "pear": 3.0}
print(sorted(totals, key=lambda k: totals[k]))
order = ["c", "a", "b"]
print(sorted(["a", "b", "c", "a"], key=order.index))


class Ranker:
    def __init__(self, weight):
        self.weight = weight

    def score(self, word):
        return len(word) * self.weight


r = Ranker(-1)
print(sorted(["aa", "b", "cccc"], key=r.score), max(["aa", "b"], key=r.score))
words = ["Banana", "apple"]
words.sort(key=str.lower)
print(words)
