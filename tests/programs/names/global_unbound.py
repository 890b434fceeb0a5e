def read():
    return counter


print(read())
counter = 1
