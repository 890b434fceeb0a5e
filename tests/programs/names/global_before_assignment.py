def read():
    return total


if False:
    print(read())
total = 5
print(read())
