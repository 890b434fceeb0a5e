print(int("42"), int("-17"), int("  8  "), int("1_000"), int("+5"))
print(int(True), int(3), int(-0))
print(str(12345), str(-9), len(str(10 ** 17)))
