d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] += 10
print(d, len(d), "a" in d, "z" in d, d["b"])
print(d.get("a", 0), d.get("zz", -1), d.setdefault("q", 7), d.setdefault("a", 99))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("nope", 0))
e = d.copy()
e["new"] = 1
print(d, e, d.popitem(), d)
counts = {}
for w in "the cat the dog the end cat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sum(counts.values()))
big = {}
for i in range(1000):
    big[i * 7919 % 1000] = i
print(len(big), big[0], big[999], sum(big.keys()))
for i in range(0, 1000, 2):
    big.pop(i)
print(len(big), list(big.keys())[:5])
t = {(1, 2): "x", (3, 4): "y"}
print(t[(1, 2)], t)
print({}, dict(), bool({}), bool(t))
e.clear()
print(e)
