d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("z", -1), d, d.get("b", 0), d.get("c", -5))
d.update({"c": 3, "b": 20})
print(d, len(d), list(d.items())[-1])
