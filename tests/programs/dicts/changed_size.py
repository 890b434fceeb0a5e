# Adding to a dict while iterating over it raises RuntimeError; changing values does not.
d = {1: 2, 3: 4}
for k in d:
    d[k] = d[k] * 10
print(d)
for k, v in d.items():
    print(k, v)
    d[k + 10] = 1
