# A value class using the protocols ordinary code uses: reflected operators by alias,
# `@`, `abs()`, unpacking through `__iter__`, `__eq__` that checks the other's class.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __iter__(self):
        yield self.x
        yield self.y


v = Vector(3, 4)
print(v + v, v * 2, 2 * v, abs(v), v @ Vector(1, 2), list(v))
print({v, Vector(3, 4), Vector(1, 2)} == {Vector(1, 2), v})
x, y = v
print(x, y, v == (3, 4), v == Vector(3, 4), v != Vector(0, 0))
w = Vector(0.5, -1.5)
print(abs(w), 3 * w, w @ w)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __len__(self):
        return len(self.rows)

    def __matmul__(self, other):
        n = len(self)
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(n)) for j in range(n)] for i in range(n)])

    def __str__(self):
        return "\n".join(" ".join(f"{x:3}" for x in row) for row in self.rows)


m = Matrix([[1, 2], [3, 4]])
print(m @ m)
first, second = (n * n for n in range(2))
letter, other = "ab"
big, = {99}
print(first, second, letter, other, big)
