print([0] * 0, [1, 2] * 3, 2 * ["x"], [[]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 5
print(grid)
