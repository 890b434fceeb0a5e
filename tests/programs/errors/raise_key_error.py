# An uncaught raise of a builtin exception: the traceback and message CPython prints.
def f(x):
    if x > 1:
        raise KeyError("k")
    return x


print(f(1))
print(f(2))
