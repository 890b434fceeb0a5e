# Floor division and modulo by powers of two (a shift and a mask) against the general path.
vals = [0, 1, -1, 2, -2, 7, -7, 8, -8, 9223372036854775807, -9223372036854775807 - 1, 12345678901, -12345678901]
for v in vals:
    print(v, v // 1, v % 1, v // 2, v % 2, v // 8, v % 8, v // 1024, v % 1024, v // 4611686018427387904, v % 4611686018427387904)
x = -37
x //= 4
y = -37
y %= 4
print(x, y, divmod(-37, 4), -37 // -4, -37 % -4)
