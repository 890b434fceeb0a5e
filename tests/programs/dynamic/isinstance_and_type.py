values = [1, "two", 3.0, None, True, "six"]
for v in values:
    kinds = []
    if isinstance(v, int):
        kinds.append("int")
    if isinstance(v, bool):
        kinds.append("bool")
    if isinstance(v, (float, str)):
        kinds.append("float-or-str")
    print(repr(v), type(v).__name__, v.__class__.__name__, kinds, v is None)
words = [v for v in values if isinstance(v, str)]
print(words, sum(v for v in values if isinstance(v, (int, float)) and v is not None))
