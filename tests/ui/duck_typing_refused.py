class A:
    def __init__(self):
        self.name = "a"


class B:
    def __init__(self):
        self.name = "b"


for s in [A(), B()]:
    s.name = "renamed"
    print(s == A())
