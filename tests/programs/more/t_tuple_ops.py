t = (1, 2, 3)
u = t + (4,)
print(u, len(u), u[1:3], u[::-1], t < u, t == (1, 2, 3), hash(t) == hash((1, 2, 3)))
a, b, c, d = u
print(a + d, (a, b) < (a, c), max(u), sorted(u, reverse=True))
nested = ((1, "a"), (2, "b"))
print([p[1] for p in nested], nested[1][0])
