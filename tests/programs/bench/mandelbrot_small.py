# krait: args=60
"""Mandelbrot escape-time counts over a grid, folded into integer checksums."""
import sys


def escape_count(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    limit = 100
    total = 0
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            n = escape_count(cr, ci, limit)
            total += n
            if n == limit:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    print(f"size={size} total={total} inside={inside} checksum={checksum}")


main()
