from collections import deque
q = deque([1])
q.pop()
q.pop()
