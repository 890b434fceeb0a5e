# Sets, frozensets, tuples and strs given to the builtins that take an iterable whole.
primes = {2, 3, 5, 7, 11}
scores = (88, 92, 75, 92)
letters = "krait"
frozen = frozenset([40, 10, 30])

print(sum(primes, 100), sum(scores, 0.5), sum(frozen, -80))
print(min(primes, key=lambda p: (p % 5, p)), max(scores, key=lambda s: -s))
print(max(letters, key=ord), min(frozen, key=lambda v: abs(v - 25)))
print(max(primes, default=0), min(letters), max(frozen))
print(list(zip(sorted(primes), scores, letters)))
print(dict(zip(letters, scores)))
print(list(zip(primes, primes)))
for a, b in zip(frozen, "xyz"):
    print(a, b)
print(list(reversed(scores)), list(reversed((1.5, 2.5))))
for i, (score, letter) in enumerate(zip(scores, letters)):
    print(i, score, letter)
# Ties keep the set's order, as CPython's sort is stable.
print(sorted({16, 8, 4, 3, 1}, key=lambda v: v % 2))
print(sorted(frozenset({9, 18, 27}), key=lambda v: 0, reverse=True))
empty = set()
print(sum(empty, 7), max(empty, default=None), list(zip(empty, scores)))
