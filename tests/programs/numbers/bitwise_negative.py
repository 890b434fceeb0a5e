for a in range(-6, 7, 3):
    for b in range(-5, 6, 2):
        print(a, b, a & b, a | b, a ^ b, ~a, a >> 1, a << 2)
print(-1 >> 63, -8 >> 100, 5 >> 64, 1 << 62, -(1 << 62))
