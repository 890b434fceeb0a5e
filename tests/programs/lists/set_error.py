values = [1, 2]
values[1] = 5
print(values[1])
values[2] = 7
