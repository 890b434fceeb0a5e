values = list(range(6))
print(values[1:5:2][-1], len(values[::-2]))
values[::2] = [7, 8, 9]
print(values[0], values[2], values[4])
values[::2] = [1, 2]
