# sys.exit raises SystemExit: finally blocks run, except Exception lets it through, it can be caught.

import sys


def work(n):
    try:
        if n > 2:
            sys.exit(f"too big: {n}")
        return n
    finally:
        print("cleanup", n)


try:
    work(5)
except Exception:
    print("not caught by Exception")
except SystemExit as e:
    print("caught SystemExit", e)

try:
    sys.exit(3)
except BaseException as e:
    print("BaseException", type(e).__name__, e)

try:
    try:
        sys.exit()
    except Exception:
        print("no")
except:
    print("bare except caught sys.exit()")

for i in range(3):
    try:
        print("loop", i)
        if i == 1:
            sys.exit(4)
    finally:
        print("finally", i)
