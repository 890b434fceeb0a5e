class Bag:
    def __init__(self):
        self.items = {1}


bag = Bag()
alias = bag.items
bag.items |= {2}
bag.items -= {1}
print(sorted(alias), sorted(bag.items))
groups = {"a": {1}}
g = groups["a"]
groups["a"] |= {5}
groups["a"] ^= {1, 7}
print(sorted(g), sorted(groups["a"]))
sets = [{1, 2}]
first = sets[0]
sets[0] &= {2, 3}
print(sorted(first), sorted(sets[0]))
d = {"k": 1}
e = d
d |= {"j": 2}
print(e)
s = {1, 2, 3}
t = s
s -= {2}
s &= {1, 3, 4}
s ^= {9}
s |= s
print(sorted(t), t == s)
