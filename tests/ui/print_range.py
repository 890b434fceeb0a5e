r = range(2, 8, 2)
print(len(r), r[1])
print(r)
