# Integer and float edge cases: floor division and modulo signs, rounding, conversions.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2))
print(int(-3.9), int("  42 "), float("-0"), float("1e-5"), 10 ** 18, 2 ** 62, -(2 ** 62))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1.5e-7, 123456789.0 * 10, float(2 ** 53 + 1))
print(abs(-0.0), -0.0, 0.0 == -0.0, 5 % 3.0, -5 % 3.0, 7.5 // 2, -7.5 // 2)
print(max(1.0, 2.5), min(-1, -2), pow(3, 4), pow(2, 10, 1000), pow(2.0, -1))
