# try_loop.py's loop without the try block: the baseline for the cost of `try`.
import sys


def step(total, i):
    return (total * 31 + i % 7 + 1) % 1000003


def run(n):
    total = 0
    for i in range(n):
        total = step(total, i)
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    print(run(n))


main()
