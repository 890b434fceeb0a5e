x = 0.0
print(int(x))
print(int(x / 0.0 if False else 1e300 * 1e300 - 1e300 * 1e300))
