# Several bases: the method resolution order (C3) decides which method and which super() runs.


class A:
    def __init__(self):
        self.log = ["A"]

    def hello(self):
        return "A"

    def who(self):
        return "A.who"


class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
        self.b = 1

    def hello(self):
        return "B>" + super().hello()


class C(A):
    def __init__(self):
        super().__init__()
        self.log.append("C")
        self.c = 2

    def hello(self):
        return "C>" + super().hello()

    def who(self):
        return "C.who"


class D(B, C):
    def __init__(self):
        super().__init__()
        self.log.append("D")

    def hello(self):
        return "D>" + super().hello()


class Greeter:
    def greet(self):
        return "hi from " + self.name()


class Named:
    def name(self):
        return type(self).__name__


class Robot(Greeter, Named):
    pass


d = D()
print(d.hello(), d.who(), d.log, d.b, d.c)
print(isinstance(d, C), isinstance(d, B), isinstance(d, A), isinstance(B(), C))
print(B().hello(), C().hello())
r = Robot()
print(r.greet())
things = [B(), C(), D()]
print([t.who() for t in things])
print([t.hello() for t in things])
