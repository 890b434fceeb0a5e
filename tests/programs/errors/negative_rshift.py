def halve(n, count):
    return n >> count


print(halve(40, 2))
print(halve(40, -2))
