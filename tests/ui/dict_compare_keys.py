a = {1: "x"}
b = {"1": "x"}
print(a == b)
