# An exception raised inside a function that krait inlines: the traceback still shows the
# function's frame under the call's.


def entry(i, j):
    return 1.0 / (i + j)


def row(i, n):
    s = 0.0
    for j in range(n):
        s += entry(i, j - i)
    return s


print(row(0, 3) > 0)
print(row(2, 3))
