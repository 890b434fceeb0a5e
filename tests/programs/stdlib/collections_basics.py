from collections import defaultdict, Counter
import collections

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, len(groups), groups["a"], groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["m"], counts["q"], "q" in counts, sorted(counts.items()))
c = Counter("mississippi")
print(c, c["s"], c["z"], "z" in c, len(c), c.most_common(2), c.most_common())
words = Counter(["a", "b", "a", "c", "b", "a"])
words["d"] += 2
print(words, words.most_common(1), sum(words.values()), list(words))
nested = collections.defaultdict(lambda: "?")
nested["k"] += "!"
print(nested["k"], nested["x"], len(nested))
empty = Counter()
print(empty, collections.Counter([1, 1, 2]).most_common(5))
sets = defaultdict(set)
sets[1].add(3)
print(len(sets[1]), len(sets[2]))
