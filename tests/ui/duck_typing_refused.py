class A:
    def __init__(self):
        self.name = "a"

    def __lt__(self, other):
        return True


class B:
    def __init__(self):
        self.name = "b"


for s in [A(), B()]:
    print(s < A(), {s: 1})
