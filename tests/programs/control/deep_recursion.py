def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)


print(count_down(950, 0))
