values = [1, 2, 3]
step = 0
print(len(values[::step]))
