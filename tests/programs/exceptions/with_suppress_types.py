# A context manager that swallows only the exception types it was told about.


class Ignoring:
    def __init__(self, names):
        self.names = names
        self.ignored = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and exc_type.__name__ in self.names:
            self.ignored += 1
            return True
        return False


ignore = Ignoring(["KeyError", "IndexError"])
for i in range(4):
    with ignore:
        if i == 1:
            {}["x"]
        if i == 2:
            [][0]
        print("finished", i)
print("ignored", ignore.ignored)
with Ignoring(["KeyError"]):
    int("not a number")
