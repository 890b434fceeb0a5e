def scaled(k):
    return lambda v: v * k


def shifted(k):
    return lambda v: v + k


fs = [scaled(2), shifted(1)]
print([f(3) for f in fs])
