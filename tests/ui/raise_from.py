def check(x):
    if x == 0:
        raise ValueError("zero") from None
    return 1 / x


print(check(2))
