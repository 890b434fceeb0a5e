# KeyError with the key's repr, for several key types.
def lookup(d, k):
    return d[k]


ages = {"ann": 3}
print(lookup(ages, "ann"))
pos = {(1, 2): "x"}
print(pos.get((9, 9), "none"), pos.pop((1, 2)), pos)
print(lookup({1.5: 1}, 1.5))
print(lookup(ages, "bob's"))
