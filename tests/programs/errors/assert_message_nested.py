def check(x):
    assert x < 3, "x=" + str(x) + " too large"
    return x


def run():
    total = 0
    for i in range(5):
        total += check(i)
    return total


print(run())
