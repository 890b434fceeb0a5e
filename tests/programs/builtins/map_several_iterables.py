def add(a, b):
    return a + b


print(list(map(lambda a, b: a + b, [1, 2], [3, 4])))
print(list(map(add, [1, 2, 3], [3, 4])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(map(max, [2, 3], [3, 2], [0, 9])))
print(sum(map(lambda x, y: x * y, range(5), range(5, 10))))
print(list(map(str.upper, ["a"])))
for a in map(lambda s, n: s * n, "ab", (2, 3)):
    print(a)
print(list(map(lambda p, q, r: (p, q, r), "xy", [1, 2], [True, False])))


def scaler(k):
    print("scaler", k)
    return lambda v: v * k


print(list(map(scaler(3), [1, 2])))
