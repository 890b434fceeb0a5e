# A context manager that logs what happened in its block and swallows chosen exceptions.


class Logged:
    def __init__(self, label, swallow):
        self.label = label
        self.swallow = swallow
        self.log = []

    def __enter__(self):
        self.log.append("enter " + self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("ok")
            return False
        name = exc_type.__name__
        self.log.append(f"{name}: {exc}")
        return name in self.swallow


block = Logged("parse", ["ValueError"])
with block:
    int("nope")
print(block.log)

block = Logged("sum", ["ValueError"])
with block as b:
    b.log.append("working")
print(block.log)

block = Logged("lookup", ["ValueError"])
try:
    with block:
        {}["missing"]
except KeyError as e:
    print("escaped:", e)
print(block.log)
