def readings():
    for raw in ["12", "x", "7.5", "", "3"]:
        if not raw:
            yield None
        elif raw.replace(".", "").isdigit():
            yield float(raw) if "." in raw else int(raw)
        else:
            yield raw


seen = list(readings())
print(seen)
numbers = [r for r in seen if isinstance(r, (int, float))]
print(numbers, sum(numbers) / len(numbers))
table = {1: "one", 2.0: "two", True: "true?"}
print(table, table[1], table[2], 1.0 in table)
keys = [1, 1.0, True, "1", None]
index = {}
for k in keys:
    index[k] = index.get(k, 0) + 1
print(index)
for v in seen:
    print(f"[{v!s:>5}] [{v!r:<6}]")
ranked = sorted(seen, key=lambda v: (v is None, str(v)))
print(ranked)


def check(value):
    if value is None:
        raise ValueError("missing value")
    if isinstance(value, str):
        raise TypeError(f"not a number: {value!r}")
    return value * 2


for v in seen:
    try:
        print("ok", check(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
