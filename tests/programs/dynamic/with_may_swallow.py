class M:
    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        return True


def f(x):
    with M():
        return 10 // x


print(f(0))
