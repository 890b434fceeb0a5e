rows = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
rows.sort(key=lambda r: r[0])
print(rows)
rows.sort(key=lambda r: r[1], reverse=True)
print(rows, sorted(rows, key=lambda r: (r[0], r[1])))
