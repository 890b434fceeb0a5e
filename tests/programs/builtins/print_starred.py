row = [1, 2, 3]
print(*row)
print(*row, sep=", ")
print("a", *row, "b", sep="-", end="!\n")
print(*[], "x")
print(*[], sep="|")
words = ["x", "y"]
print(*words, *row)
grid = [[1, 2], [3, 4]]
for r in grid:
    print(*r)
print(*[1.5, 2.5])
