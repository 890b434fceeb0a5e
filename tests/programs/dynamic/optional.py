ages = {"ann": 31, "bob": 27}
for name in ["ann", "cid", "bob"]:
    age = ages.get(name)
    if age is None:
        print(name, "unknown")
    else:
        print(name, age + 1, age is not None)

it = iter([3, 1, 2])
first = next(it, None)
print(first, first == 3)
rest = [next(it, None), next(it, None), next(it, None)]
print(rest, rest.count(None), None in rest, 2 in rest)

counts = {"a": 3, "b": 7, "c": 5}
print(max(counts, key=counts.get), min(counts, key=counts.get))


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


for t in [5, 9]:
    where = find([4, 5, 6], t)
    print(t, where, where or -1)

best = None
for v in [4, 9, 2]:
    if best is None or v > best:
        best = v
print(best)

maybe = None
print(maybe or "empty", bool(maybe), f"[{maybe}]", str(maybe), repr(maybe))
maybe = 0.0
print(maybe or "zero", bool(maybe), f"[{maybe:5}]")

cache = {}


def lookup(k):
    hit = cache.get(k)
    if hit is not None:
        return hit
    value = len(k) * 2
    cache[k] = value
    return value


print(lookup("abc"), lookup("abc"), lookup("x"), cache)
try:
    x = ages.get("zed")
    print(x + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    x = ages.get("zed")
    print(x < 3)
except TypeError as e:
    print("TypeError:", e)
