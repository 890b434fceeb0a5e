name = "ann"
n = 42
x = 3.14159
print("%s is %d years" % (name, n))
print("%5d|%-5d|%05d|%+d|% d" % (n, n, n, n, n))
print("%.2f|%8.3f|%-8.1f|%e|%g|%G" % (x, x, x, x, x, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%s %r %5s|%-5s|%.2s" % ("a", "b", "c", "d", "efg"))
print("%d%%" % 50, "%d" % 3.9, "%d" % -3.9, "%s" % [1, 2], "%s" % None, "%s" % True, "%d" % True)
print("{} and {}".format(name, n), "{0}-{1}-{0}".format(name, n), "{name}: {n:>5}".format(name=name, n=n))
print("{:.3f} {!r} {:*^9} {:,}".format(x, name, name, 1234567), "{{literal}}".format())
print("[%10.4f]" % x, "%s=%s" % ("k", 1.5))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for item, count, price in rows:
    print("%-8s %3d %6.2f" % (item, count, price))
    print("{:<8} {:>3} {:6.2f}".format(item, count, price))
