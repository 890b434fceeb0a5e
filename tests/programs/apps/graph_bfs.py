# Breadth-first and depth-first search over an adjacency dict; shortest paths; components.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)


def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node]):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def dfs(node, seen):
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


print(bfs("a"), dfs("a", []))
components = []
visited = set()
for node in sorted(graph):
    if node not in visited:
        comp = dfs(node, [])
        for n in comp:
            visited.add(n)
        components.append(sorted(comp))
print(components, len(visited))
