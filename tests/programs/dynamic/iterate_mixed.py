# Iterating a dynamic value that may be a str, a list or a dict: characters, elements, keys,
# decided when it runs; CPython's errors for another type and for a dict changing size.


def flatten(value, out):
    if isinstance(value, int) or value is None:
        out.append(value)
        return out
    for part in value:
        if isinstance(value, dict):
            out.append(part)
        else:
            flatten(part, out) if not isinstance(part, str) or len(part) > 1 else out.append(part)
    return out


record = {"name": "ünï", "tags": ["x", "yz"], "n": 3}
for key in record:
    value = record[key]
    print(key, [item for item in value] if key != "n" else value)
print(flatten([1, [2, "ab", None], {"k": 1, "j": 2}], []))
mixed = ["hé", [1, 2.5], {"a": 1}]
for thing in mixed:
    for i, x in enumerate(thing):
        print(i, x, end="; ")
    print()
print(sum(1 for thing in mixed for _ in thing))
things = [3, "ok"]
for thing in things:
    try:
        for ch in thing:
            print(ch)
    except TypeError as e:
        print("TypeError:", e)
data = [{"a": 1}, "s"]
for d in data:
    try:
        for k in d:
            d["new"] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(data)
