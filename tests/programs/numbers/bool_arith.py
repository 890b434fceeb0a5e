t = True
f = False
print(t + t, t - f, t * 5, -t, ~t, +t)
print(t & f, t | f, t ^ t, t & True)
print(t == 1, f == 0, t < 2, t > f)
print(int(t), int(f), bool(0), bool(7), bool(-1))
print(str(t), repr(f))
