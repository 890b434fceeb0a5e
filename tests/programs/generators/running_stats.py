# Statistics over a stream: minimum, maximum and mean updated per value.


def stats(values):
    count = 0
    total = 0
    low = 0
    high = 0
    for v in values:
        if count == 0 or v < low:
            low = v
        if count == 0 or v > high:
            high = v
        count += 1
        total += v
        yield count, low, high, total / count


for row in stats([5, 3, 8, 1, 9]):
    print(row)
last = (0, 0, 0, 0.0)
for row in stats(list(range(1, 1001))):
    last = row
print(last)
