print(max(1.5, -2.5), min(0.1, 0.2, 0.05), max("b", "ab"), min(True, False, True))
print(max(3, 7, 5, 7), min(-1, -1), max(2.0, 2.0))
