# The cost of a generator: plain_loop.py's loop over values a generator yields.
import sys


def steps(n):
    for i in range(n):
        yield i % 7 + 1


def run(n):
    total = 0
    for s in steps(n):
        total = (total * 31 + s) % 1000003
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    print(run(n))


main()
