# Lists changed while a for loop runs over them: the loop sees the change, as in CPython.
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    if y % 2 == 0:
        ys.remove(y)
print(ys)
zs = [5, 6, 7]
for i, z in enumerate(zs):
    zs[i] = z * 2
print(zs)
d = {"a": 1, "b": 2}
for k in d:
    d[k] += 10
print(d)
