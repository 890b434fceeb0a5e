prices = {0.5: "half", 1.25: "more", -2.0: "neg"}
print(prices[1.25], 0.5 in prices, sorted(prices))
flags = {True: "yes", False: "no"}
print(flags[1 > 0], flags[False], list(flags.values()))
