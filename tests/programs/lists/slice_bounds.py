# Every bound from -8 to 8 (and absent) with steps 1, -1, 2 and -3, on lists of 0 to 5 elements.
total = 0
lines = 0
for n in range(6):
    values = [10 * i for i in range(n)]
    for lower in range(-8, 9):
        for upper in range(-8, 9):
            forward = values[lower:upper]
            backward = values[lower:upper:-1]
            stepped = values[lower:upper:2]
            back3 = values[lower:upper:-3]
            total += len(forward) * 1 + len(backward) * 7 + len(stepped) * 13 + len(back3) * 17
            total += sum(forward) + 3 * sum(backward) + 5 * sum(stepped) + 11 * sum(back3)
            lines += 1
        total += len(values[lower:]) + len(values[:lower]) + len(values[lower::-1])
        total += sum(values[:lower:-1]) + sum(values[lower::2])
print(lines, total)
copy = [1, 2, 3, 4, 5, 6, 7]
for lower in range(-9, 10):
    for upper in range(-9, 10):
        trial = copy[:]
        trial[lower:upper] = [0, 0]
        total += len(trial) * (lower + 20) + sum(trial)
print(total)
