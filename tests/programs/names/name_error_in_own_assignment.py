v6 = v1[0]
v1 = [1]
print(v1)
