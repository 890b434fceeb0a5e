d = {"a": "x"}
v = d.get("b")
for c in v:
    print(c)
