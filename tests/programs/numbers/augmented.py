x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
x <<= 2
x >>= 1
x &= 255
x |= 1024
x ^= 7
print(x)
y = 2.0
y += 1
y *= 1.5
y /= 4
y -= 0.125
print(y)
s = "a"
s += "b"
s *= 3
print(s)
