row = [1, "two", None, 3.5, True]
print(row, len(row), row[1], row[-1], row[1:3])
print(row.index(3.5), row.count(1), 1 in row, "two" in row, 2 in row)
row.append("x")
row[0] = 10
print(row, row.pop(), row)
print([repr(v) for v in row])
print(", ".join(str(v) for v in row))

record = {"name": "ann", "age": 31, "score": 9.5, "admin": False, "boss": None}
for key, value in record.items():
    print(f"{key:>6}: {value!r:8} {value}")
print(record)
record["age"] += 1
record["score"] = record["score"] * 2
print(record["age"], record["score"])

keys = {1: "int", "a": "str", 2.5: "float", None: "none"}
print(keys)
weird = {}
weird[1] = "one"
weird[1.0] = "float one"
weird[True] = "true"
print(weird, len(weird), 1 in weird, 1.0 in weird)
mixed_keys = {}
for k in [1, "1", 1.5, None, 2]:
    mixed_keys[k] = mixed_keys.get(k, 0) + 1
print(mixed_keys)

nums = [3, 1.5, 2, -1, 0.25]
print(sorted(nums), max(nums), min(nums), sum(nums))
nums.sort(reverse=True)
print(nums)
try:
    print(sorted([1, "a"]))
except TypeError as e:
    print("TypeError:", e)

values = set([1, 2.0, "x", None])
print(len(values), 2 in values, "x" in values, 3 in values)
pairs = [(1, "a"), (2, 2.5)]
for n, v in pairs:
    print(n, v)
print(row == [10, "two", None, 3.5, True], [1, 2.0] == [1.0, 2])
