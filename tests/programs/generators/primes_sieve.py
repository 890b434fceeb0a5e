# Primes from an incremental sieve generator, consumed lazily.


def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            composites[n * n] = [n]
            yield n
        else:
            for p in composites[n]:
                composites.setdefault(n + p, []).append(p)
            del composites[n]
        n += 1


count = 0
last = 0
for p in primes():
    if p > 10000:
        break
    count += 1
    last = p
print(count, last)
gen = primes()
print([next(gen) for _ in range(10)])
