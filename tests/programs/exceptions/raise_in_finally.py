# An exception raised in `finally` while another unwinds shows the first as its context.


def close():
    raise RuntimeError("close failed")


def work():
    try:
        1 / 0
    finally:
        close()


work()
