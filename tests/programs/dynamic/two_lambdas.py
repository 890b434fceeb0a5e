def apply_all(fs, x):
    return [f(x) for f in fs]


print(apply_all([lambda v: v + 1, lambda v: v * 2], 3))
