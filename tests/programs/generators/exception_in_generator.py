# An exception raised inside a generator shows the loop that ran it and the generator's line.


def ratios(values):
    for v in values:
        yield 100 // v


def checked(values):
    try:
        return sum(ratios(values))
    except ZeroDivisionError:
        return -1


print(checked([5, 10]), checked([5, 0, 10]))
total = 0
for r in ratios([4, 2, 0, 1]):
    total += r
    print("running total", total)
