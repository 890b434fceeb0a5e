def scale(values, factor):
    return max(values, key=lambda v: v * factor)


print(scale([1, 2], 3))
