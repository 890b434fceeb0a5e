# Unbounded recursion raises RecursionError at CPython's depth; the traceback collapses the repeats.

def down(n):
    return down(n + 1) + 1


print("before")
down(0)
