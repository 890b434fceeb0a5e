print(str(0), str(-5), str(True), str(None), str(1.0), str(-0.5), str("s"))
print(repr(0), repr(True), repr(None), repr(1.5e300), repr("s"))
print("n=" + str(42) + ", f=" + str(0.25) + ", b=" + str(False))
print(len(str(2 ** 62)), len(str(-1.5)))
