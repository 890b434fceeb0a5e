a = [1, 2, 3]
b = a
c = a[:]
d = a.copy()
e = list(a)
a.append(4)
print(a, b, c, d, e, a is b, a == b, c == d)
