print(max(1, 2.5), min(3, 0.5, 2), max([1, 2.5, 0]))
vals = {"a": 1, "b": 2.5, "c": None}
print(sorted(vals, key=lambda k: vals[k] or 0))
nums = [x for x in vals.values() if x is not None]
print(nums, sum(nums), [n * 2 for n in nums])
maybe = vals.get("a")
print("x" * 2 if maybe else "", str(maybe).zfill(3))
pieces = [str(v) for v in vals.values()]
print(", ".join(pieces))
label = vals.get("zz") or "default"
print(label.upper())
count = 0
for v in vals.values():
    if v:
        count += v
print(count, int(count), f"{count:08.3f}")
data = [1, 2.5, "x", None]
print(data[::-1], data[1:], len(data), data.index("x"))
print(list(reversed(data)), data + [True], data * 2)
t = (1, "a")
u = (2.5, "b")
pair = t if count > 100 else u
print(pair, pair[0] + 1)
d2 = {}
d2["k"] = 1
d2["k"] = d2["k"] + 0.5
print(d2)
x = 5
x /= 2
print(x)
