from collections import defaultdict
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
out = defaultdict(list)
indeg = defaultdict(int)
for a, b in edges:
    out[a].append(b)
    indeg[b] += 1
order = []
ready = sorted(n for n in out if indeg[n] == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in out[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order, sorted(indeg.items()))
