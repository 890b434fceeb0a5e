keys = ["b", "a", "b", "c"]
d = dict.fromkeys(keys)
print(d)
counts = dict.fromkeys(keys, 0)
for k in keys:
    counts[k] += 1
print(counts)
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared, shared["x"] is shared["y"])
print(dict.fromkeys(range(3), "z"), dict.fromkeys((1, 2), 1.5))
print(dict.fromkeys([]), dict.fromkeys(k.upper() for k in keys))
order = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(order)


def noisy(tag, result):
    print("evaluating", tag)
    return result


print(dict.fromkeys(noisy("keys", "ab"), None))
print(dict.fromkeys(keys, noisy("value", -1)))
