# A generator yielding many new strings while the collector runs: its saved locals stay alive.


def labels(n):
    prefix = "item-"
    parts = []
    for i in range(n):
        text = prefix + str(i)
        parts.append(text[-1])
        if len(parts) > 10:
            parts = parts[-3:]
        yield text + ":" + "".join(parts)


count = 0
total = 0
last = ""
for label in labels(200000):
    count += 1
    total += len(label)
    last = label
print(count, total, last)
