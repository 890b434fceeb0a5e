import collections as c
q = c.deque([1, 2], maxlen=2)
q.append(3)
print(q, c.Counter("ab"))
