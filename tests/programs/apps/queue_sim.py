# A deterministic queue simulation with an LCG, lists as queues, and dict statistics.
seed = 42


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % n


queue = []
served = {}
waits = []
for tick in range(200):
    if rand(10) < 4:
        queue.append((tick, "c" + str(rand(5))))
    if queue and rand(10) < 5:
        arrived, kind = queue.pop(0)
        waits.append(tick - arrived)
        served[kind] = served.get(kind, 0) + 1
print(len(queue), len(waits), sum(waits), max(waits), min(waits))
print(sorted(served.items()), sum(served.values()))
buckets = [0] * 5
for w in waits:
    buckets[min(w // 5, 4)] += 1
print(buckets, round(sum(waits) / len(waits), 3))
