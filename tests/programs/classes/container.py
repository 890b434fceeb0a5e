# A user container with __len__, __getitem__, __setitem__, __contains__ and __bool__.
class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.cells = [0] * (rows * cols)

    def __getitem__(self, rc):
        r, c = rc
        return self.cells[r * self.cols + c]

    def __setitem__(self, rc, value):
        r, c = rc
        self.cells[r * self.cols + c] = value

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return value in self.cells

    def __repr__(self):
        return "\n".join(str(self.cells[r * self.cols:(r + 1) * self.cols]) for r in range(self.rows))


m = Matrix(2, 3)
for r in range(2):
    for c in range(3):
        m[r, c] = r * 10 + c
m[1, 1] += 100
print(m, len(m), 111 in m, 5 in m, m[1, 2])
if m:
    print("non-empty")
