# Generators chained into a pipeline: each stage pulls from the one before, lazily.

log = []


def numbers(limit):
    for n in range(limit):
        log.append(f"produce {n}")
        yield n


def squares(xs):
    for x in xs:
        yield x * x


def only_odd(xs):
    for x in xs:
        if x % 2 == 1:
            yield x


for value in only_odd(squares(numbers(6))):
    log.append(f"consume {value}")
print("\n".join(log))


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


for part in chunks(list(range(7)), 3):
    print(part)


def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, score = line.split(",")
        yield name, int(score)


data = ["# header", "ada,90", "", "alan,85", "grace,97"]
best = max(read_records(data), key=lambda r: r[1])
print(best)
print({name: score for name, score in read_records(data)})
print(sorted(read_records(data), key=lambda r: -r[1]))


def window(xs, n):
    for i in range(len(xs) - n + 1):
        yield xs[i:i + n]


print([sum(w) for w in window([1, 2, 3, 4, 5], 3)])
