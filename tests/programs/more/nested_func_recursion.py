def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    memo = {}

    def paths(r, c):
        if r >= rows or c >= cols or grid[r][c] == 1:
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        if (r, c) not in memo:
            memo[(r, c)] = paths(r + 1, c) + paths(r, c + 1)
        return memo[(r, c)]

    return paths(0, 0)


print(count_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), count_paths([[0] * 6 for _ in range(6)]))
