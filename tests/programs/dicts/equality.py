a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
c = {"x": 1, "y": 3}
d = {"x": 1}
print(a == b, a != b, a == c, a != c, a == d, d == a)
empty = {}
print(empty == {}, {} == empty, empty == a)
nested = {1: [1, 2], 2: [3]}
print(nested == {2: [3], 1: [1, 2]}, nested == {1: [1, 2], 2: [4]})
floats = {1.5: 0.1 + 0.2}
print(floats == {1.5: 0.3}, floats == {1.5: 0.30000000000000004})
b["z"] = 0
del b["z"]
print(a == b, list(a) == list(b))
counts = {}
for w in "the cat the hat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts == {"hat": 1, "cat": 1, "the": 2}, dict(sorted(counts.items())) == counts)
tuples = {(1, 2): "a"}
print(tuples == {(1, 2): "a"}, tuples == {(2, 1): "a"})
