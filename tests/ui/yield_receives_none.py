def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulator()
print(next(acc))
