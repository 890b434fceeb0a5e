# Conway's game of life on a small torus, printed as text.
def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[False] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if (dr, dc) != (0, 0) and grid[(r + dr) % rows][(c + dc) % cols]:
                        n += 1
            new[r][c] = n == 3 or (grid[r][c] and n == 2)
    return new


grid = [[False] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = True
for gen in range(5):
    print(f"gen {gen}: {sum(row.count(True) for row in grid)} alive")
    print("\n".join("".join("#" if cell else "." for cell in row) for row in grid))
    grid = step(grid)
