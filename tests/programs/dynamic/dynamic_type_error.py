def label(n):
    value = n
    if n > 2:
        value = "many"
    return value


def shout(n):
    return label(n) + 1


print(shout(1))
print(shout(5))
