# Collatz sequences from a generator: lengths and the longest start below a bound.


def collatz(n):
    while n != 1:
        yield n
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
    yield 1


print(list(collatz(6)))
best = 0
best_len = 0
for start in range(1, 3000):
    length = 0
    for _ in collatz(start):
        length += 1
    if length > best_len:
        best, best_len = start, length
print(best, best_len)
print(max(collatz(27)), len(list(collatz(27))))
