"""Longest Collatz chain below a limit: integer division, modulo and branches in a hot loop."""
import sys


def chain_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    best = 0
    best_start = 0
    for start in range(1, limit):
        length = chain_length(start)
        if length > best:
            best = length
            best_start = start
    print(f"limit={limit} longest={best} start={best_start}")


main()
