# An uncaught SystemExit with a message prints only the message and exits 1.
import sys


def main(args):
    try:
        if len(args) < 5:
            sys.exit("fatal: expected four arguments")
    finally:
        print("closing")


main(sys.argv)
