# A slice assigned from a slice of a list (the same list or another), which krait copies without
# making the slice's list: every shape of bounds and steps, growing and shrinking, windows of a
# window, lists of objects, and the errors CPython raises.


def show(label, xs):
    print(label, xs)


a = list(range(10))
a[:4] = a[3::-1]
show("reverse prefix", a)

a = list(range(10))
a[2:] = a[2:][::-1]
show("reverse suffix", a)

a = list(range(10))
a[1:3] = a[5:9]
show("grow", a)

a = list(range(10))
a[1:7] = a[8:]
show("shrink", a)

a = list(range(10))
b = [100, 200, 300]
a[::2] = a[1::2]
show("even from odd", a)
a[1::2] = b[:2] + b[:2] + b[:1]
show("odd from list", a)

b = list(range(20, 30))
a = list(range(10))
a[3:3] = b[::3]
show("insert", a)
a[-4:] = b[-2::-4]
show("negative", a)
a[:] = b[:]
show("whole", a)
a[5:2] = b[8:6:-1]
show("empty target", a)
a[2:6] = a[6:2]
show("empty source", a)

words = ["one", "two", "three", "four", "five"]
words[1:4] = words[3:0:-1]
show("strs", words)
words[:2] = words[-2:]
show("strs again", words)

rows = [[i] * 2 for i in range(6)]
rows[::3] = rows[1:3]
show("lists", rows)
rows[0].append(9)
show("aliased rows", rows)

flips = list(range(8))
count = 0
first = flips[-1]
while first != 0:
    flips[:first + 1] = flips[first::-1]
    count += 1
    first = flips[0]
print("flips", count, flips)

xs = [1, 2, 3, 4, 5, 6]
n = 2
xs[n:n + 3] = xs[n + 1:][1:3]
show("window of window", xs)
xs[::-1] = xs[:]
show("reversed whole", xs)

try:
    xs[::2] = xs[:2]
except ValueError as e:
    print("ValueError:", e)
try:
    xs[:2] = xs[::0]
except ValueError as e:
    print("ValueError:", e)

floats = [0.5 * i for i in range(6)]
floats[1:5] = floats[4:0:-1]
show("floats", floats)
flags = [True, False, False, True]
flags[:2] = flags[2:]
show("bools", flags)
xs[1:3] = xs[::0]
