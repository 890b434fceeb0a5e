def collect(words, unique):
    seen = None
    if unique:
        seen = set()
    out = []
    for w in words:
        if seen is not None:
            if w in seen:
                continue
            seen.add(w)
        out.append(w)
    return out, seen


print(collect(["a", "b", "a"], True)[0])
print(collect(["a", "b", "a"], False))
result = collect([3, 1, 3, 2], True)[1]
print(result, len(result) if result is not None else -1)

config = {"name": "x", "ids": {10, 20}, "limit": 3.5, "flags": None}
for key in sorted(config):
    value = config[key]
    if isinstance(value, set):
        print(key, "set", sorted(value), 10 in value)
    else:
        print(key, type(value).__name__, value)
config["ids"].add(30)
config["ids"].remove(10)
print(sorted(config["ids"]), len(config["ids"]))
try:
    config["name"].remove("x")
except AttributeError as e:
    print(e)
try:
    config["ids"].remove(99)
except KeyError as e:
    print("KeyError", e)
print({1, 2} == {2, 1}, [{1}, 2] == [{1}, 2], ({1},) == ({1},))
