# A matrix class whose operations check shapes and raise ValueError with the shapes in the text.


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.shape = (len(rows), len(rows[0]))

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __matmul_check__(self, other):
        return self.shape[1] == other.shape[0]

    def __str__(self):
        return "\n".join(" ".join(str(x) for x in row) for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[10, 20], [30, 40]])
c = Matrix([[1, 2, 3]])
print(a + b)
for other in [c, a]:
    try:
        print(a + other)
    except ValueError as e:
        print("ValueError:", e)
