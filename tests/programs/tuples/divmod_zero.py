def split(n, d):
    return divmod(n, d)


print(split(7, 2))
print(split(7, 0))
