def check(x, reason):
    if x == 0:
        raise ValueError("zero") from reason
    return 1 / x


print(check(2, None))
