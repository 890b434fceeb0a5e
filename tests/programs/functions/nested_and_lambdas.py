def scale(values, factor):
    return max(values, key=lambda v: v * factor)


def by_distance(points, origin):
    ox, oy = origin
    return sorted(points, key=lambda p: (p[0] - ox) ** 2 + (p[1] - oy) ** 2)


def count_words(text):
    counts = {}

    def add(word):
        counts[word] = counts.get(word, 0) + 1

    for w in text.split():
        add(w.lower())
    return counts


def fib_memo(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        value = fib(k - 1) + fib(k - 2)
        memo[k] = value
        return value

    return fib(n)


def outer(limit):
    total = 0

    def step(x, bonus=1):
        return x * 2 + bonus + limit

    def run(n):
        return step(n) + step(n, 0)

    for i in range(3):
        total += run(i)
    return total


print(scale([1, 5, 3], -1), by_distance([(3, 4), (1, 1), (0, 5)], (1, 0)))
print(count_words("a b A c b a"), fib_memo(60), outer(10))
