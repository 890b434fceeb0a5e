def get(items, i):
    return items[i]


values = [10, 20, 30]
print(get(values, -3))
try_index = 3
print(get(values, try_index))
