d = {}
for k in [5, 3, 9, 1, 3, 7]:
    d[k] = d.get(k, 0) + k
print(d, list(d), sorted(d), max(d, key=lambda k: d[k]))
for k in list(d):
    if k > 4:
        del d[k]
print(d)
