# Matrices as lists of lists: transpose, multiply, identity, determinant by elimination.
def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def determinant(m):
    m = [row[:] for row in m]
    n = len(m)
    det = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[pivot][c] == 0:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        det *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return det


a = [[2.0, 1.0, 3.0], [0.0, -1.0, 4.0], [1.0, 2.0, 0.0]]
print(transpose(a))
print(multiply(a, identity(3)) == a, multiply(a, a))
print(round(determinant(a), 6), determinant(identity(4)), determinant([[1.0, 2.0], [2.0, 4.0]]))
