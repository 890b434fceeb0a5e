"""`sys.stdin` as an iterable, in the Python krait compiles: a program importing `sys` imports
this too, and `for line in sys.stdin` and `sys.stdin.readlines()` call it. Its functions add no
traceback frames, as CPython's C functions add none.
"""

import sys


def lines():
    """The lines of standard input, each read when the loop asks for it."""
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        yield line


def readlines():
    return list(lines())
