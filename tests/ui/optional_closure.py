def make(n):
    cb = None
    if n > 0:
        cb = lambda v: v + n
    return cb


f = make(2)
print(f(1) if f else None)
