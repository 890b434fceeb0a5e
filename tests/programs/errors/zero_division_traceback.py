def divide(a, b):
    return a // b


def middle(x):
    y = divide(x, 0) + 1
    return y


def main():
    print(middle(3))


main()
