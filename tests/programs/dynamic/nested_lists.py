def flatten(items):
    out = []
    for x in items:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


data = [1, [2, [3, 4]], 5, [], [[6]]]
print(data)
print(flatten(data), len(data), data[1], data[-1])
record = {"name": "ann", "tags": ["a", "b"], "age": 31, "spouse": None}
print(record)
record["tags"].append("c")
print(record["tags"], len(record["tags"]), record["name"].upper())
for key, value in record.items():
    print(key, value, bool(value), isinstance(value, list))
print([1, [2]] == [1, [2]], data == data, data[1] == [2, [3, 4]])
rows = [["x", 1], ["y", 2.5]]
print(sorted(rows, reverse=True), max(rows))
