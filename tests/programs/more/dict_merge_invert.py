a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
merged = a.copy()
merged.update(b)
print(merged, a, b)
inverted = {}
for k, v in merged.items():
    inverted.setdefault(v % 2, []).append(k)
print(inverted, {k: len(v) for k, v in inverted.items()})
