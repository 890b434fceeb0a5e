P = {"+": 1, "-": 2}
toks = ["+", 3]
for t in toks:
    if t in P:
        print(t, P[t])
    else:
        print(t, "no")
