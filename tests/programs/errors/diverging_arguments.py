# Found by the differential fuzzer: a builtin whose argument never produces a
# value (it always raises) must raise that error, not run the builtin.
def fail(message):
    raise ValueError(message)


empty = []
print("before")
print(abs(len(empty)), max(1, 2))
print(len(sorted(fail("inner"))))
print("not reached")
