# krait: flags=--max-memory 24
# Values held in locals, parameters, globals and half-evaluated expressions survive
# collections that happen while they are live.
LABEL = "label:" + str(7)


def pad(text, n):
    out = ""
    for _ in range(n):
        out = out + "."
    return text + out


def build(i):
    a = str(i)
    b = pad(a, 3)
    return a + "|" + b + "|" + pad(str(i * 2), 2)


checksum = 0
for i in range(300000):
    line = build(i)
    checksum += len(line) + len(pad(LABEL, 1)) + len(str(i) + pad(str(i), 1))
print(checksum)
print(build(123456), LABEL)
print(f"{build(1)}-{build(22)}-{str(333) + pad('x', 4)}")
