import heapq


def dijkstra(graph, source):
    dist = {source: 0}
    queue = [(0, source)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dist


graph = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)]}
print(sorted(dijkstra(graph, "a").items()))


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        print("compare", self.name, other.name)
        return self.cost < other.cost


jobs = []
for name, cost in [("x", 5), ("y", 2), ("z", 9), ("w", 1)]:
    heapq.heappush(jobs, Job(name, cost))
print([heapq.heappop(jobs).name for _ in range(len(jobs))])
merged = []
for stream in ([1, 4, 9], [2, 3, 10], [5]):
    for v in stream:
        heapq.heappush(merged, v)
print([heapq.heappop(merged) for _ in range(len(merged))])
