def tally(groups):
    total = 0
    for name in groups:
        for item in groups[name]:
            total += 1
            if name == "b":
                groups[name].add(item * 10)
    return total


data = {"a": {1, 2}, "b": {3}, "c": 0}
print(tally({"a": {1, 2}}))
print(tally(data))
