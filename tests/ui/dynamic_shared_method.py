def drain(items):
    return items.pop()


print(drain([1, 2]))
print(drain({"a": 1} if len("x") > 5 else {2, 3}))
values = [[1], {"k": 2}, 3]
print(values[0].pop())
