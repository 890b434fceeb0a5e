# Iterating dicts: keys, values, items, enumerate over items, and mutation of values while iterating.
prices = {"apple": 3, "pear": 5, "fig": 2}
for i, (name, price) in enumerate(prices.items()):
    print(i, name, price)
for name in prices:
    prices[name] = prices[name] * 10
print(prices, list(prices.keys()), list(prices.values()), max(prices.values()))
total = 0
for value in prices.values():
    total += value
print(total, sorted(prices, key=lambda k: prices[k]), [k for k, v in prices.items() if v > 25])
swapped = {v: k for k, v in prices.items()}
print(swapped, swapped[50])
