# Bit manipulation with ints: popcount, reversal, masks, gray codes, bin/hex output.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [bin(g) for g in gray], [popcount(i) for i in range(16)])
print(reverse_bits(0b1011, 4), reverse_bits(1, 8), hex(reverse_bits(0x12345678, 32)))
mask = 0
for bit in (0, 3, 5, 62):
    mask |= 1 << bit
print(mask, mask & 0xFF, ~mask & 0xFF, -mask >> 60, oct(255), bin(-5))
print([(x, x & -x) for x in (12, 40, 7)], 1 << 62, (1 << 62) - 1 + (1 << 62))
