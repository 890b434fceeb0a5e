# `finally` blocks run while an uncaught exception unwinds, then the traceback prints.


def inner():
    try:
        return [1, 2, 3][10]
    finally:
        print("inner cleanup")


def outer():
    try:
        inner()
    finally:
        print("outer cleanup")


outer()
