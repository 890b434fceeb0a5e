# Nested with and try blocks release resources in reverse order, on success and on failure.

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append("acquire " + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        events.append("release " + self.name)


def work(fail):
    with Resource("db") as db:
        try:
            with Resource("file") as f:
                events.append(f"using {db} and {f}")
                if fail:
                    raise OSErrorLike("disk full")
        finally:
            events.append("flush")


class OSErrorLike(Exception):
    pass


work(False)
try:
    work(True)
except OSErrorLike as e:
    events.append(f"caught {e}")
print("\n".join(events))
