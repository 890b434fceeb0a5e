v = 1
v = v * 2.5
w = 3
if v > 100:
    w = "x"
print("%s and %r" % (v, w), "%d" % v, "%5.1f|" % v, "{} {}".format(v, w), "{:>6}".format(w))
print("%d%%" % w)
print(str(w).rjust(4), f"{w!s:>5}", f"{v:+.2e}")
