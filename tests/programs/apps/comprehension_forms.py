# Comprehensions of every kind, nested, with conditions, over strs, dicts, tuples and ranges.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([w[0].upper() + w[1:] for w in words if len(w) > 4])
print({w: len(w) for w in words if "a" in w})
print(sorted({len(w) for w in words}), {c for c in "mississippi"} == set("misp"))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2 == 1])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print({k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"x": 1, "y": 2}.items()})
print([ch for ch in "a1b2c3" if ch.isdigit()], [n for n in (5, 10, 15) if n > 6])
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row], [sum(row) for row in matrix])
print(max(len(w) for w in words), any(w.endswith("a") for w in words), sum(len(w) for w in words if w != "beta"))
