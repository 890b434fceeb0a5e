def power(base, n):
    if n == 0:
        return base / base
    return base * power(base, n - 1)


print(power(2, 10), power(1.5, 3))


def total(n, step):
    if n <= 0:
        return step - step
    return step + total(n - 1, step)


print(total(5, 3), total(4, 0.5))
