# Nested lists and dicts: building, updating through aliases, and printing.
library = {}
for title, author, year in [("Dune", "Herbert", 1965), ("Emma", "Austen", 1815), ("Persuasion", "Austen", 1817)]:
    library.setdefault(author, []).append((year, title))
for author in sorted(library):
    books = library[author]
    books.sort()
    print(author, books, [t for _, t in books])
shelf = library["Austen"]
shelf.append((1811, "Sense and Sensibility"))
print(len(library["Austen"]), library["Austen"][-1][1])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = grid[1]
alias[2] = 7
print(grid, [row[:] for row in grid] == grid, grid[1] is alias)
