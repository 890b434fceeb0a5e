items = [1, 2, 3]
seen = 0
for item in items:
    seen += 1
    if item < 3 and len(items) < 6:
        items.append(item + 10)
print(seen, len(items), items[-1])
shrinking = [1, 2, 3, 4, 5, 6]
visited = []
for v in shrinking:
    visited.append(v)
    if v % 2 == 1:
        shrinking.pop(0)
print(len(visited), visited[0], visited[-1], len(shrinking))
