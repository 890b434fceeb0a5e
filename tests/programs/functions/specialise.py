def double(x):
    return x + x
print(double(21))
print(double("ab"))
print(double(True))
def describe(x):
    return f"<{x}>"
print(describe(1), describe("s"), describe(False), describe(None))
