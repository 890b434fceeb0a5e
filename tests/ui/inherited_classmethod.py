class A:
    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, v):
        return cls(v)


class B(A):
    pass


print(B.make(1).v)
