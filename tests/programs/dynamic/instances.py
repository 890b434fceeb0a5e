# Instances of the program's classes among values of other types (the dynamic fallback): shown,
# compared by identity, hashed, tested with isinstance, their attributes and methods used where
# the value is an instance (AttributeError otherwise), and CPython's TypeErrors.


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []

    def __repr__(self):
        return f"Node({self.name!r})"

    def size(self):
        return 1 + sum(c.size() for c in self.children)


class Leaf(Node):
    def size(self):
        return 1


class Tag:
    def __init__(self, label):
        self.label = label

    def __str__(self):
        return "#" + self.label

    def __repr__(self):
        return "Tag(" + self.label + ")"


def describe(value):
    if value is None:
        return "nothing"
    if isinstance(value, Node):
        return f"{value.name} of size {value.size()}"
    if isinstance(value, Tag):
        return "tag " + value.label
    return "value " + str(value)


tree = Node("root", [Leaf("a"), Node("b", [Leaf("c")])])
values = [3, "x", tree, Tag("hot"), None, 2.5, Leaf("z"), [1, Tag("in")]]
print(values)
for v in values:
    print(describe(v), "|", v, "|", type(v).__name__, isinstance(v, Node), isinstance(v, (Leaf, Tag)))
config = {"depth": 2, "root": tree, "label": Tag("cfg")}
print(config["root"].size(), config["label"], str(config["label"]), f"{config['label']}")
print(config["root"] == tree, config["root"] != tree, config["root"] == values[2], values[3] == Tag("hot"))
index = {values[2]: "tree", values[3]: "tag", 3: "three"}
print(index[tree], index[values[3]], index[3], tree in index, Tag("x") in index)
print(len({values[2], values[2], 1, values[3]}))
maybe = Leaf("m") if len(values) > 3 else None
slot = maybe if len(values) > 100 else 7
print(slot, maybe)
for bad in [values[0], values[1]]:
    try:
        print(bad.name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(values[2] + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([values[2], 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(len(values[3]))
except TypeError as e:
    print("TypeError:", e)
try:
    for part in values[3]:
        print(part)
except TypeError as e:
    print("TypeError:", e)
print(bool(values[2]), not values[3], values[2] or 0, values[4] or values[3])
