a, *b, c = range(6)
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
x, *y = (1, 2, 3)
print(x, y)
for p, *q in [(1, 2, 3), (4, 5, 6)]:
    print(p, q)
a, *b = range(3)
b.append("x")
print(a, b)
