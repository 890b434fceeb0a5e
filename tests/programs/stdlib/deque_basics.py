from collections import deque, Counter

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.popleft(), d.pop(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), d.count(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
print(window, window.maxlen, deque().maxlen)


def bfs(graph, start):
    seen = {start}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(graph, 1))
words = deque("abc")
words.clear()
print(words, bool(words), Counter("aab").most_common(1))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
big = deque()
for i in range(100):
    big.append(i)
for i in range(90):
    big.popleft()
print(big, len(big))
