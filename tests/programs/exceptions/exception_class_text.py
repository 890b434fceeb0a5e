class Res:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        print("exit", a)
        return True


with Res():
    raise ValueError("x")


class MyErr(Exception):
    pass


with Res():
    raise MyErr("y")
try:
    raise MyErr()
except Exception as e:
    print(e.__class__, [e.__class__], f"{e.__class__!r}")
