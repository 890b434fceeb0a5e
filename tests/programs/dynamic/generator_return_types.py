def numbers(stop):
    yield 1
    if stop:
        return "stopped"
    yield 2


print(list(numbers(True)))
