prices = [1.5, 2.25]
print(sum(prices))
prices.clear()
print(sum(prices))
