def min_max(a, b, c):
    low = a
    high = a
    if b < low:
        low = b
    if c < low:
        low = c
    if b > high:
        high = b
    if c > high:
        high = c
    return low, high


lo, hi = min_max(3, 1, 2)
print(lo, hi)
pair = min_max(2.5, -1.0, 7.25)
print(pair, pair[0], pair[1], pair[-1], len(pair))
t = (1, "two", 3.0, True, None)
print(t, repr(t), str(t), f"{t}")
print((), (1,), ((1, 2), (3, (4, 5))))
a, (b, c) = 1, (2, 3)
print(a, b, c)
x, y = y, x = 5, 6
print(x, y)
q, r = divmod(17, 5)
print(q, r, divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) <= (1, 2))
print((1, "a") == (1, "a"), (1.0, 2) == (1, 2.0), () == (), (0,) == ())
if (0,):
    print("non-empty tuples are true")
if not ():
    print("the empty tuple is false")
u = (1, 2) + (3,)
print(u, len(u))


def swap(p):
    first, second = p
    return second, first


print(swap((1, "x")), swap(swap((1, "x"))))
