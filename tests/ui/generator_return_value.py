def numbers():
    yield 1
    yield 2
    return "done"


print(list(numbers()))
