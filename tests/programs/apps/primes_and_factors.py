# Number theory with lists, dicts and generators: sieve, factorization, divisors, totient.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = [False] * len(flags[p * p::p])
    return [i for i, f in enumerate(flags) if f]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return small + [n // d for d in reversed(small) if d * d != n]


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:], sum(primes))
print(factorize(360), factorize(97), factorize(1001), factorize(2 ** 10 * 3 ** 5))
print(divisors(36), divisors(97), [totient(n) for n in range(1, 13)])
print(max(range(2, 50), key=lambda n: len(divisors(n))), sum(1 for n in range(2, 1000) if len(factorize(n)) == 1))
