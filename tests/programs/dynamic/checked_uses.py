values = {"a": "text", "b": 3, "c": None}
for key in ["a", "b", "c"]:
    v = values[key]
    try:
        print(key, v.upper())
    except AttributeError as e:
        print(key, "AttributeError:", e)
    try:
        print(key, len(v))
    except TypeError as e:
        print(key, "TypeError:", e)
    try:
        print(key, v[0])
    except TypeError as e:
        print(key, "TypeError:", e)
    try:
        for ch in v:
            print(ch, end="")
        print()
    except TypeError as e:
        print(key, "TypeError:", e)
idx = {"i": 1, "s": "x", "f": 1.5}
row = [10, 20, 30]
for key in idx:
    try:
        print(row[idx[key]], "abc"[idx[key]])
    except TypeError as e:
        print("TypeError:", e)
print(max(3, 2.5, True), min(-1, -1.0), max(0, False))
