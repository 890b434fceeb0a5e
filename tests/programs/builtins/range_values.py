# range objects as values: len, indexing, `in`, slicing into a list, passing to what iterates.
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], 8 in r, 9 in r, list(r), sum(r), max(r))
print(len(range(10)), range(10)[3], range(0, 10, 2)[-1], len(range(5, 0, -1)), len(range(0)))
xs = [0]
xs.extend(range(3))
s = set()
s.update(range(4))
print(xs, s, list(enumerate(range(3))), dict(zip(range(3), "abc")))
n = 4
print(len(range(n)), n - 1 in range(n), list(r[1:3]), sorted(range(3), reverse=True))
try:
    print(r[100])
except IndexError as e:
    print("IndexError:", e)
