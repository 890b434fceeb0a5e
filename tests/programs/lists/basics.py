a = [3, 1, 4, 1, 5]
print(len(a), a[0], a[-1], a[2], a[-5])
a[0] = 30
a[-1] += 50
a[2] *= 2
print(a[0], a[4], a[2])
a.append(9)
print(len(a), a[5])
print(a.pop(), a.pop(0), a.pop(-2), len(a))
b = a
b.append(100)
print(len(a), a[-1], a is b)
c = []
print(len(c), bool(c), bool(a))
c.extend(a)
c.extend(c)
print(len(c), c[0], c[-1])
x = y = []
x.append("shared")
print(len(y), y[0])
floats = [0.5] * 4
floats[1] = 2.25
total = 0.0
for f in floats:
    total += f
print(total, len(floats), len([1, 2] * 3), len([7] * 0), len([7] * -3))
flags = [True, False] * 2
count = 0
for i, flag in enumerate(flags):
    if flag:
        count += i
print(count)
for i, flag in enumerate(flags, 10):
    print(i, flag)
nested = [[1, 2], [3], []]
nested[1].append(4)
print(len(nested), len(nested[1]), nested[1][1], len(nested[2]))
