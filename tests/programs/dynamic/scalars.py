total = 0
for x in [1, 2, 3]:
    total += x * 0.5
print(total)
count = 0
print(count)
y = None
if total > 2:
    y = 5
print(y, y is None)
z = "a"
z = 3
print(z + 4, z * 2, z / 2, z // 2, -z)
w = True
w = 2.5
print(w, repr(w), f"{w:.3f}|{w!r}|{w}")
items = [1, "two", None, 3.5, True]
print(items)
for it in items:
    print(it, bool(it), repr(it))
