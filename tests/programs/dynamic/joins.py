record = {"name": "ann", "tags": ["x", "y"], "age": 3}
print(", ".join(record["tags"]), "-".join(["a", None and "b" or "c"]))
words = ["a", 1, "b"]
try:
    print(" ".join(words))
except TypeError as e:
    print("TypeError:", e)
parts = []
for v in [1, "two", 3.5]:
    parts.append(v if isinstance(v, str) else str(v))
print("/".join(parts))
odd = {"s": "abc", "n": 5}
print("+".join(odd["s"]))
try:
    print("+".join(odd["n"]))
except TypeError as e:
    print("TypeError:", e)
