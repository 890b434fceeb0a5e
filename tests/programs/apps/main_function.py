# A script with main(argv) and sys.exit(main(sys.argv)): primes with all() over a filtered
# generator, a grid, str methods, format specs, zip into a dict.
import sys


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 10
    primes = []
    for i in range(2, n * 10):
        if all(i % p for p in primes if p * p <= i):
            primes.append(i)
        if len(primes) == n:
            break
    print(primes)
    grid = [["." for _ in range(5)] for _ in range(3)]
    grid[1][2] = "#"
    print("\n".join("".join(row) for row in grid))
    s = "Hello, World"
    print(s[::-1], s.lower().count("l"), s.find("World"), s.replace("l", "L", 1))
    print(f"{3.14159:.2f} {42:05d} {'x':^5}| {1234567:,} {0.5:%}")
    data = {"b": 2, "a": 1}
    for k in sorted(data):
        print(k, data[k], end="; ")
    print()
    pairs = list(zip("abc", range(3)))
    print(pairs, dict(zip("abc", range(3))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
