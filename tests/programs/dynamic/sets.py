d = {"tags": {"a", "b"}, "n": 3, "e": set()}
print(d["n"])
print(sorted(d["tags"]))
print(len(d["tags"]), "a" in d["tags"], "z" in d["tags"])
print(d["e"], bool(d["e"]), bool(d["tags"]))
for k, v in d.items():
    print(k, v if k != "tags" else sorted(v))
x = d["tags"]
if isinstance(x, set):
    x.add("c")
    x.discard("a")
print(sorted(x))
print(d["tags"] == {"b", "c"}, d["tags"] != {"b"}, {"b"} < d["tags"], d["tags"] <= {"b", "c"})
nums = {"s": {1, 2, 3, 100, 5000}, "x": 1.5}
print(nums)
print(", ".join(sorted(d["tags"])))
for v in nums["s"]:
    print(v, end=" ")
print()
a, b = {"x": {7, 8}, "y": 0}["x"]
print(a, b)
def describe(v):
    if isinstance(v, set):
        return "set of " + str(len(v))
    return repr(v)


values = [1, {3, 1, 2}, "s", None, set(), (1, 2)]
for v in values:
    print(describe(v), type(v).__name__, bool(v))
print(values)
print({1, 2} in [5, {2, 1}])
groups = {"odd": {1, 3}, "even": {2, 4}, "count": 4}
print("skip")
try:
    print(groups["odd"][0])
except TypeError as e:
    print("TypeError", e)
try:
    print(hash(groups["even"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(groups["count"] in groups["odd"], [1] in groups["odd"])
except TypeError as e:
    print("TypeError", e)
try:
    groups["count"].add(3)
except AttributeError as e:
    print("AttributeError", e)
try:
    for x in groups["odd"]:
        groups["odd"].discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(groups)
print(max(groups["even"]), min(groups["even"]), sorted(groups["even"], reverse=True))
print(list(groups["even"]), tuple(groups["even"]), set(groups["even"]))
s = groups["odd"]
print(s == {3}, s == 3, s != {1})
print(f"{groups['even']}")
print(str(groups["even"]), repr(groups["even"]))
