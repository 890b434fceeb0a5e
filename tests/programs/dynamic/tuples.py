# Tuples among values of other types: shown, compared, hashed, indexed, iterated, unpacked,
# concatenated and repeated when they run, with CPython's errors.
data = {"point": (1, 2), "name": "origin", "n": 3, "nested": (1, ("a", 2.5)), "one": (7,), "none": ()}
print(data)
for k in data:
    v = data[k]
    print(k, v, type(v).__name__, isinstance(v, tuple), len(v) if isinstance(v, (tuple, str)) else "-", bool(v))
p = data["point"]
x, y = p
print(x + y, p[0], p[-1], 2 in p, p == (1, 2), p != (2, 1), p < (1, 3), hash(p) == hash((1, 2)))
print(data["nested"][1][0], data["one"] + data["point"], data["one"] * 3)
for item in data["nested"]:
    print(item)
seen = {data["point"]: "p", (1, 2): "again", 5: "five"}
print(seen, len(seen))
values = [(1, "a"), "b", (2, "c", 3)]
for v in values:
    print(v, len(v))
try:
    print(data["point"][5])
except IndexError as e:
    print("IndexError:", e)
try:
    print(data["point"] + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = data["nested"][1][0], data["one"]
    c, d = data["one"]
except ValueError as e:
    print("ValueError:", e)
