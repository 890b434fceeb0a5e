"""Thousands of floats across the whole range, printed with repr and str."""
seed = 12345


def next_random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


count = 0
for i in range(2500):
    a = next_random()
    b = next_random() % 100000 + 1
    x = a / b
    shift = next_random() % 600 - 300
    while shift > 0:
        x = x * 10.0
        shift -= 1
    while shift < 0:
        x = x / 10.0
        shift += 1
    if i % 2 == 1:
        x = -x
    print(x, repr(x * 3.0), str(x / 7.0))
    count += 1
print(count)
tiny = 5e-324
for i in range(60):
    print(tiny)
    tiny = tiny * 3.0
big = 1.7976931348623157e308
for i in range(60):
    print(big)
    big = big / 3.0
v = 1.0
for i in range(80):
    print(v, -v, v + 0.1, v / 3.0)
    v = v * 2.0
for i in range(40):
    print(1.0 / (i + 1), (i + 1) / 10, i * 0.1, i * 1.1)
