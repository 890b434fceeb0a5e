u = (1, "a", 2.5, True, None)
print(u[1:3], u[::-1], u[-2:], u[:0], u[::2], u[10:], u[-100:2], u[3:1:-1])
x, y = u[:2]
print(x, y, len(u[1:]))
print(3 in (1, 2, 3), 'a' not in ('b', 'c'), 2.0 in (1, 2), "x" in ("x", 1))
for x in (1, 2, 3):
    print(x)
t = (3, 1, 2)
print(len(t), t[0], t[-1], sum(t), max(t), min(t), sorted(t), list(t), sorted(t, reverse=True))
i = 1
print(t[i], t[-i], [t[k] for k in range(3)], any(t), all((1, 0)), sum((1.5, 2.5), 1.0))
names = ("ann", "bob")
for n in names:
    print(n.upper())
print(max((1, 2), (3, 4)), min((5, "a"), (5, "b")))
def at(k):
    return t[k]
print(at(2))
print(at(3))
