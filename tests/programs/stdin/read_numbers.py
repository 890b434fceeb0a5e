import sys

data = sys.stdin.read().split()
n = int(data[0])
values = [int(x) for x in data[1 : n + 1]]
values.sort()
print(n, sum(values), values[0], values[-1], values[n // 2])
