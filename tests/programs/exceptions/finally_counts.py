# finally blocks counted across many iterations, some raising, some returning.

counter = {"finally": 0, "caught": 0}


def work(i):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        if i % 3 == 1:
            return i
    finally:
        counter["finally"] += 1
    return -i


total = 0
for i in range(3000):
    try:
        total += work(i)
    except ValueError:
        counter["caught"] += 1
print(total, counter)
