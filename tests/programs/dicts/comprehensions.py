d = {i: str(i) for i in range(5) if i != 2}
print(d)
s = {x % 3 for x in range(10)}
print(len(s), 2 in s)
sq = {w: len(w) for w in "a bb ccc bb".split()}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
