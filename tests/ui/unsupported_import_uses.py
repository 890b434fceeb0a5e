from itertools import permutations
import heapq
print(list(permutations([1, 2])))
print(heapq.heappop([1]))
x = permutations
