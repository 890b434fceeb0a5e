a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, a | {}, {} | a)
c = a.copy()
alias = c
c |= b
c |= {"x": 0}
print(c, alias is c, a)
nested = {1: {"k": [1]}}
merged = nested | {2: {"j": [2]}}
merged[1]["k"].append(5)
print(nested, merged)
print((a | b) == (b | a), list(a | b), list(b | a))
