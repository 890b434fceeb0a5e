def classify(x):
    if x < 0:
        return "neg"
    elif 0 <= x < 10:
        return "small"
    elif 10 <= x <= 100 != x:
        return "medium"
    return "large"


print([classify(v) for v in [-5, 0, 9, 10, 99, 100, 1000]], 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 < 2)
