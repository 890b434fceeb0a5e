class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"


seen = set()
for p in [Pt(1, 2), Pt(2, 1), Pt(1, 2), Pt(0, 0), Pt(2, 1)]:
    seen.add(p)
print(len(seen), Pt(0, 0) in seen, Pt(5, 5) in seen, sorted([p.x + p.y for p in [Pt(3, 4), Pt(1, 1)]]))
d = {Pt(1, 1): "a"}
d[Pt(1, 1)] = "b"
print(d, len(d))
