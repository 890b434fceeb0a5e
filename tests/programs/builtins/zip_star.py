# zip(*rows): transposing lists, ragged rows (shortest wins), strs, no rows, unpacking.
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([sum(col) for col in zip(*matrix)], [max(c) for c in zip(*matrix)])
ragged = [[1, 2, 3], [4], [5, 6]]
print([list(c) for c in zip(*ragged)], [list(c) for c in zip(*[])])
words = ["abc", "xyz"]
print(["".join(c) for c in zip(*words)])
pairs = [[1, 2], [3, 4]]
a, b = zip(*pairs)
print(list(a), list(b))
