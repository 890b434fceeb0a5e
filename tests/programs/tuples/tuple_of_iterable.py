# tuple(iterable): a tuple of a length known when it runs (a dynamic value): as a dict key,
# compared, shown, unpacked.
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]:
    key = tuple(sorted(word))
    groups.setdefault(key, []).append(word)
for key, words in groups.items():
    print("".join(key), words)
t = tuple(range(4))
print(t, len(t), t[-1], tuple(), tuple("ab"), tuple([1, [2]]))
a, b = tuple(x * 2 for x in [1, 2])
print(a, b, tuple([3, 1]) == (3, 1), tuple([1]) < (2,), hash(tuple([1, 2])) == hash((1, 2)))
seen = set()
for path in [[1, 2], [2, 1], [1, 2]]:
    seen.add(tuple(path))
print(len(seen), sorted(seen))
