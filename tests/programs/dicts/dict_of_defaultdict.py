# dict() of a defaultdict or a Counter: a plain dict with the same entries (missing keys raise).
from collections import Counter, defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
plain = dict(groups)
print(plain)
print(groups["z"], len(groups), len(plain))
try:
    print(plain["z"])
except KeyError as e:
    print("KeyError", e)
counts = dict(Counter("mississippi"))
print(counts, sorted(counts.items()))
merged = {**groups, "x": ["xylophone"]}
print(merged)
