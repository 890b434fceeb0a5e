# min/max with default=: empty lists and generators, with key= too.
scores = []
print(min(scores, default=0), max([3, 9, 4], default=0))
print(max((x * x for x in range(5) if x > 10), default=-1), min((len(w) for w in ["ab", "c"]), default=0))
words = ["pear", "fig", "banana"]
print(max(words, key=len, default="none"), min([], key=len, default="none"))


def best(items):
    return max(items, default=0.0)


print(best([]), best([2.5, 7.25]))
