def double(x):
    return x * 2


def apply(values, transform):
    return [transform(v) for v in values]


table = [double, None]
print(apply([1, 2], table[0]))
print(apply([1, 2], table[1]))
