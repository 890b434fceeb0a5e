values = [0, 1, -1, 5, -5, 255, -256, 2**40, -(2**40), 9223372036854775807, -9223372036854775807 - 1]
counts = [0, 1, 3, 8, 31, 62, 63, 64, 65, 100, 1000]
for v in values:
    print(v, [v >> c for c in counts])
for v in [0, 1, -1, 5, -5, 255, -256]:
    print(v, [v << c for c in [0, 1, 3, 8, 31, 50, 54]])
print(0 << 1000, 1 << 62, -1 << 63)
n = 3
print(12345 >> n, 12345 << n, (-12345) >> n, (-12345) << n)
x = 1000
x >>= 2
x <<= 5
print(x)
state = 12345
for _ in range(5):
    state = (state * 1103515245 + 12345) % 2147483648
    print(state >> 8, (state >> 8) % 20, state >> 31, state << 3)
