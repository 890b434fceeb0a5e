# Insertion order survives deletions, re-insertions and the table growing; keys of several types.
d = {}
for i in range(50):
    d[i] = i * i
for i in range(0, 50, 3):
    del d[i]
for i in range(0, 50, 6):
    d[i] = -i
print(list(d)[:12], len(d))
print(d.pop(49), d.popitem(), len(d))
names = {"zeta": 1, "alpha": 2}
names["mid"] = 3
del names["zeta"]
names["zeta"] = 4
print(names, "zeta" in names, names.get("nope", -1), names.get("alpha", 0))
pos = {(x, y): x * 10 + y for x in range(3) for y in range(3)}
print(pos[(2, 1)], len(pos), (1, 1) in pos, (5, 5) in pos)
fl = {0.5: "half", -0.0: "zero", 1e100: "big"}
print(fl[0.0], fl, {True: "t", False: "f"}[1 == 1])
empty = {}
print(empty, len(empty), not empty, sorted(empty))
merged = {"a": 1}
merged.update({"b": 2, "a": 3})
print(merged, merged.copy())
print({k: v for k, v in sorted(merged.items(), key=lambda kv: kv[1], reverse=True)})
