from dataclasses import dataclass


class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is Key and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b!r})"


@dataclass(order=True)
class Version:
    major: int
    minor: int


class Only:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Only.__lt__")
        return self.v < other.v

    def __repr__(self):
        return "Only(" + str(self.v) + ")"


class Weird:
    def __hash__(self):
        return -1

    def __eq__(self, other):
        return self is other

    def __len__(self):
        return -3


class Fussy:
    def __eq__(self, other):
        raise ValueError("no comparing")


table = {Key(1, "x"): "first", 2: "int", Key(2, "y"): "second"}
print(table[Key(2, "y")], Key(1, "x") in table, Key(1, "z") in table)
things = [Version(1, 2), "v", Version(1, 10), 3]
print(things[0] < things[2], things[2] <= things[0], things[0] == Version(1, 2))
vs = [Version(2, 0), Version(1, 5), Version(1, 10)]
print(sorted(vs))
mix = [Only(3), Only(1), 7]
print(mix[1] > mix[0])
print(mix[0] < mix[1])
w = [Weird(), 1]
print(hash(w[0]))
try:
    print(len(w[0]))
except ValueError as e:
    print("ValueError:", e)
print(w[0] == w[0], w[0] != w[0], w[0] in w)
f = [Fussy(), 1]
try:
    print(f[0] == 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 in f)
except ValueError as e:
    print("ValueError:", e)
print(f[1] == 1)
s = {Key(1, "x"), Key(1, "x"), 5}
print(len(s), Key(1, "x") in s)
