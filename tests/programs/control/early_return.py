def first_multiple(n, k):
    i = 1
    while True:
        if i % k == 0 and i > n:
            return i
        i += 1


def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


print(first_multiple(10, 7), sign(5), sign(-2.5), sign(0))
