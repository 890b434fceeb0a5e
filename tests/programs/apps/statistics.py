# Mean, sample deviation and median returned as a tuple, a histogram with format specs,
# dict comprehensions over items, max of items by value, integer edge cases.
import math


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return mean, math.sqrt(var), median


temps = [21.5, 23.0, 19.8, 25.1, 22.4, 20.0]
mean, sd, med = stats(temps)
print(f"mean={mean:.3f} sd={sd:.3f} median={med}")
hist = {}
for t in temps:
    bucket = int(t // 2 * 2)
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 2:<3} {'*' * hist[bucket]}")
scores = {"ann": [90, 85], "bob": [70, 95, 80]}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
best = max(averages.items(), key=lambda kv: kv[1])
print(best, {k: round(v, 1) for k, v in averages.items()})
print(math.floor(-2.5), math.ceil(2.1), abs(-3), divmod(17, 5), 2 ** 10, 7 // -2, -7 % 3)
