import heapq
from heapq import heappush, heappop

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
heapq.heappop([])
