adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(adders[1](5, n=100))

handlers = []
for name in ["a", "b"]:
    handlers.append(lambda msg, who=name: who + ": " + msg)
print([h("hi") for h in handlers])


def make_scalers(factors):
    out = []
    for k in factors:
        out.append(lambda v, k=k, offset=1: v * k + offset)
    return out


print([s(2) for s in make_scalers([3, 4])])
base = 7
shift = lambda v, b=base * 2: v + b
base = 0
print(shift(1), shift(1, 0))
