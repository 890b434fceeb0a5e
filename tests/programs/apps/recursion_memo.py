# Memoized recursion with dicts, Pascal's triangle, permutations and subsets by recursion.
memo = {}


def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, len(coins))
    if key in memo:
        return memo[key]
    result = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = result
    return result


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(ways(100, [50, 25, 10, 5, 1]), len(memo))
for row in pascal(6):
    print(row)
print(permutations([1, 2, 3]), len(permutations([1, 2, 3, 4])))
print(sorted(subsets(["a", "b", "c"]), key=lambda s: (len(s), s)))
