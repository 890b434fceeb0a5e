# A matrix class: __mul__ with zip(*rows), __eq__ of nested lists, a static constructor;
# dict updates and deletion; a queue consumed with pop(0).
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    @staticmethod
    def identity(n):
        return Matrix([[1 if i == j else 0 for j in range(n)] for i in range(n)])


m = Matrix([[1, 2], [3, 4]])
print(m * Matrix.identity(2) == m, m * m)
inventory = {"apples": 3, "pears": 0}
inventory["plums"] = inventory.get("plums", 0) + 5
del inventory["pears"]
print(inventory, list(inventory), "apples" in inventory)
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 3:
        queue.append(x + 10)
    print(x, end=" ")
print()
