print(min(3, 1, 2), max(3, 1, 2), min(-1, -5), max(7, 7))
print(abs(-5), abs(5), abs(0), abs(-9223372036854775807))
print(max(True, False), min(True, False))
