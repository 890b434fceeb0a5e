def early():
    return late()


print("start")
print(early())


def late():
    return 1
