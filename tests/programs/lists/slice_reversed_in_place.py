# Slices of a list reversed onto themselves (swapped in place) and near misses that are not.
base = list(range(10))
cases = []
for k in range(-2, 12):
    p = base[:]
    p[:k] = p[k - 1::-1]
    cases.append(p)
    q = base[:]
    q[k:] = q[:k - 1:-1] if k > 0 else q[::-1]
    cases.append(q)
for row in cases:
    print(row)
a = [1.5, 2.5, 3.5, 4.5]
a[1:3] = a[2:0:-1]
print(a)
s = ["x", "y", "z", "w"]
s[:] = s[::-1]
print(s)
t = [(1, "a"), (2, "b"), (3, "c")]
t[:2] = t[1::-1]
print(t)
u = [1, 2, 3, 4, 5]
u[1:4] = u[4:1:-1]
print(u)
v = [1, 2, 3, 4, 5]
v[0:2] = v[3:0:-1]
print(v)
w = [1, 2, 3]
w[1:1] = w[0:0:-1]
print(w)
m = [[1], [2], [3]]
m[0:3] = m[2::-1]
print(m, m[0] is m[2])
