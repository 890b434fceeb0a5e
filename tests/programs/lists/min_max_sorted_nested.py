print(sorted([[2, 1], [1, 9], [1, 2], []]), min([[3], [1, 2]]), max([(1, "b"), (1, "a")]))
grid = {(0, 1): 5, (2, 0): 7}
print(min(grid), max(grid), sum({1: "a", 2: "b"}), any({0: 1}), all({1: 0}))
