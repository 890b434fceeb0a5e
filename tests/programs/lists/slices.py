a = list(range(10))
print(len(a), a[3])
b = a[2:5]
print(len(b), b[0], b[-1])
c = a[::-1]
print(c[0], c[-1], len(c))
d = a[8:2:-2]
print(len(d), d[0], d[1], d[2])
e = a[:]
e[0] = 99
print(a[0], e[0])
print(len(a[5:100]), len(a[-3:]), len(a[100:]), len(a[::3]), a[::3][-1])
a[2:4] = [20, 30, 40]
print(len(a), a[2], a[4], a[5])
a[:3] = []
print(len(a), a[0])
a[::2] = [0] * len(a[::2])
print(a[0], a[1], a[2])
p = [3, 1, 2, 0]
first = p[0]
p[:first + 1] = p[first::-1]
print(p[0], p[1], p[2], p[3])
q = [1, 2, 3, 4, 5]
i = 1
q[i + 1:] = q[i + 1:][::-1]
print(q[2], q[3], q[4])
q[1:3] = q
print(len(q), q[1])
x = list(a)
print(len(x) == len(a), x is a)
