# While an exception unwinds a deep recursion, every level's finally runs, innermost first.


def descend(n):
    try:
        if n == 0:
            raise RuntimeError("bottom reached")
        descend(n - 1)
    finally:
        print("unwinding level", n)


try:
    descend(4)
except RuntimeError as e:
    print("caught:", e)
descend(2)
