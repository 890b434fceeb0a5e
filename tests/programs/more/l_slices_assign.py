xs = list(range(10))
xs[2:5] = [20, 30]
print(xs)
xs[::3] = [0, 0, 0]
print(xs)
del xs[1:3]
print(xs, xs[-3:], xs[:-3], xs[::-2])
