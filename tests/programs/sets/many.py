# Growth, deletion and re-insertion across many resizes, with tuple and str keys.
points = set()
for x in range(60):
    for y in range(60):
        if (x * y) % 7 != 3:
            points.add((x, y))
removed = 0
for x in range(0, 60, 3):
    for y in range(60):
        if (x, y) in points:
            points.remove((x, y))
            removed += 1
for x in range(0, 60, 6):
    points.add((x, 0))
print(len(points), removed, (3, 3) in points, (6, 0) in points, (0, 1) in points)
names = set()
for i in range(3000):
    names.add("n" + str(i % 1000))
print(len(names), "n999" in names, "n1000" in names)
