# OverflowError from float operations, caught; ints stay exact.

for exponent in [10, 100, 400]:
    try:
        print(exponent, 10.0 ** exponent)
    except OverflowError as e:
        print(exponent, "OverflowError:", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(float("nan")))
except ValueError as e:
    print("ValueError:", e)
print(2 ** 62, -(2 ** 62))
