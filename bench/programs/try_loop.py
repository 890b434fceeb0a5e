# The cost of `try` where nothing is raised: plain_loop.py's loop with each step in a try
# block whose handler never runs.
import sys


def step(total, i):
    return (total * 31 + i % 7 + 1) % 1000003


def run(n):
    total = 0
    for i in range(n):
        try:
            total = step(total, i)
        except ZeroDivisionError:
            total = 0
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    print(run(n))


main()
