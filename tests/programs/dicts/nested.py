# Dicts of dicts and tuples as keys: a tiny graph and a grid.
graph = {"a": {"b": 1, "c": 4}, "b": {"c": 2, "d": 5}, "c": {"d": 1}, "d": {}}
dist = {"a": 0}
order = ["a", "b", "c", "d"]
for node in order:
    for nxt, w in graph[node].items():
        if nxt not in dist or dist[node] + w < dist[nxt]:
            dist[nxt] = dist[node] + w
print(dist)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], sum(grid[(i, i)] for i in range(3)), len(grid), (3, 3) in grid)
del grid[(0, 0)]
print(list(grid)[:3], min(grid), max(grid.values()))
