# Tuples of different lengths, and tuples among values of other types, as dynamic values.


def parse(field):
    if ":" in field:
        name, value = field.split(":")
        return (name, int(value))
    if "," in field:
        return (field,)
    return field


shapes = [(0, 0), (1, 2, 3), (4,), ()]
for s in shapes:
    print(s, len(s), sum(s), s[0] if s else None)
print(sorted(shapes), max(shapes), shapes.index((4,)), (1, 2, 3) in shapes)
print([parse(f) for f in ["a:1", "b,c", "plain"]])


class Call:
    def __init__(self, *args):
        self.args = args

    def show(self):
        return f"Call{self.args}"


print(Call().show(), Call(1).show(), Call(1, "x").show())
pairs = [(1, 2), (3, 4, 5)]
try:
    for a, b in pairs:
        print(a + b)
except ValueError as e:
    print("ValueError:", e)
record = {"id": 7, "tags": ("x", "y"), "pos": (1.5, -2.0)}
print({k: v for k, v in record.items() if isinstance(v, tuple)})
print(record["tags"] + ("z",), record["pos"][1] * 2, hash(record["tags"]) == hash(("x", "y")))
