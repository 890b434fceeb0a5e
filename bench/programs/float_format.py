"""Formatting floats: repr and format specs over a stream of computed values."""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    total = 0
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + 0.37
        if x > 1000.0:
            x = x / 997.0
        text = f"{x} {x:.3f} {x:e} {i / 7:g}"
        total += len(text)
    print(f"n={n} chars={total} last={x!r}")


main()
