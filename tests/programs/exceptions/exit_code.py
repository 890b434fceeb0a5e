# sys.exit with a code inside nested calls: finally blocks run, then the process exits with it.
import sys


def shutdown(code):
    try:
        print("shutting down")
        sys.exit(code)
    finally:
        print("released resources")


def main():
    try:
        shutdown(3)
    except ValueError:
        print("not a ValueError")
    print("never printed")


main()
