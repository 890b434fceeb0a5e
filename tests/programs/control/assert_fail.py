def check(n):
    assert n < 5, f"too big: {n}"
    return n
print(check(1))
print(check(10))
