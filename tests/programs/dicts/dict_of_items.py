prices = {"apple": 3, "pear": 5, "fig": 2}
copy = dict(prices.items())
copy["kiwi"] = 4
print(prices, copy)
cheap = dict((k, v) for k, v in prices.items() if v < 5)
print(cheap, dict(sorted(prices.items())), dict(reversed(list(prices.items()))))
inverted = dict((v, k) for k, v in copy.items())
print(inverted, dict(zip(copy.values(), copy.keys())) == inverted)
