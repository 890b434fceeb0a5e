words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=lambda w: len(w)), min(words, key=lambda w: len(w)))
print(max(words, key=lambda w: (len(w), w)), min([3, -7, 2], key=lambda n: n * n))
pairs = [(1, "b"), (1, "a"), (0, "z")]
best = max(pairs, key=lambda p: p[0])
print(best[1])
LIMIT = 3
print(max([1, 5, 9], key=lambda n: n % LIMIT))
