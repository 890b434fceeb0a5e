a = 123456789
b = 987654321
print(a + b, a - b, b - a, a * b)
print(-a, +a, ~a, abs(-a))
print(a & b, a | b, a ^ b)
print(a << 3, a >> 3, -a >> 3, -1 >> 10)
print(7 // 2, -7 // 2, 7 % -2, -7 % -2)
print(2 ** 10, 3 ** 0, (-2) ** 5, 10 ** 18)
print(pow(3, 4), pow(2, 62), pow(3, 200, 1000007))
