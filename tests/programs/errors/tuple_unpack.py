point = [1, 2, 3]
x, y = point[:2]
print(x, y)
x, y = point
