a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b, -a, +b, abs(b))
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 2 ** -1, 2 ** -3, 10 ** -2)
print(a > b, a == 1.5, 1 == 1.0, 2 < 2.5, 3.0 >= 3)
print(int(a), int(-a), float(3), float(True), float(), int())
print(a ** 2, 3 * 0.1, 0.1 + 0.2, 1e308 * 10, -1e308 * 10)
print(max(1.5, 2.5, 0.5), min(1.5, 2.5, 0.5), round(2.5), round(3.5), round(-0.5))
print(bool(0.0), bool(-0.0), bool(0.1), not 0.0)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
print(1e300 * 1e300 - 1e300 * 1e300)
