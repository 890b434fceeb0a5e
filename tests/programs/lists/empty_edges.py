empty = []
print(len(empty), bool(empty), 3 in empty, len(empty[1:]), len(empty[::-1]))
empty.extend([])
print(len(empty))
for x in empty:
    print("never", x)
else:
    print("loop else ran")
nested = [[], [[]], [[], []]]
print(len(nested), len(nested[1]), len(nested[2][1]))
s = set()
s.discard(1)
print(len(s), 1 in s)
print(sum([]), any([]), all([]))
