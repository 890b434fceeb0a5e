from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    row: int
    col: int

    def neighbours(self):
        return [Cell(self.row + dr, self.col + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = "spades"


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: float = 1.0


class Labelled(Cell):
    def label(self):
        return f"r{self.row}c{self.col}"


seen = {Cell(0, 0)}
frontier = [Cell(0, 0)]
steps = 0
while frontier and steps < 3:
    nxt = []
    for c in frontier:
        for n in c.neighbours():
            if n not in seen and abs(n.row) + abs(n.col) <= 2:
                seen.add(n)
                nxt.append(n)
    frontier = nxt
    steps += 1
print(len(seen), sorted((c.row, c.col) for c in seen)[:5])
print(hash(Cell(1, 2)) == hash((1, 2)), Cell(1, 2) == Cell(1, 2), Cell(1, 2) is Cell(1, 2))
grid = {Cell(r, c): r * 10 + c for r in range(3) for c in range(3)}
print(grid[Cell(2, 1)], Cell(5, 5) in grid, len(grid))
hand = [Card(10, "hearts"), Card(2), Card(10, "clubs"), Card(14)]
print(sorted(hand))
print(max(hand), Card(3) < Card(3, "tango"), {Card(2): "two"}[Card(2, "spades")])
tags = {Tag("a"), Tag("a"), Tag("b", 2.5)}
print(len(tags), Tag("b", 2.5) in tags, hash(Tag("x")) == hash(("x", 1.0)))
t = Tag("m")
t.weight = 3.0
print(t)
lab = Labelled(3, 4)
print(lab, lab.label(), lab == Cell(3, 4), hash(lab) == hash(Cell(3, 4)))
counts = {}
for c in [Cell(0, 1), Cell(0, 1), Cell(1, 0)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
