xs = [1, 2, 3, 4, 5]
a, b, *rest = xs
print(a, b, rest)
first, *middle, last = xs
print(first, middle, last)
*init, tail = xs
print(init, tail)
h, *t = [9]
print(h, t)
x, y = "3 4".split()
print(int(x) + int(y))
p, q = [1.5, 2.5]
print(p * q)
t3 = (1, "two", 3.0, "four")
n, *others = (1, 5, 6)
print(n, others)
pairs = [[1, 2], [3, 4]]
for u, v in pairs:
    print(u + v)
def bad(values):
    a, b = values
    return a + b
print(bad([1, 2]))
print(bad([1, 2, 3]))
