# A method only some subclasses define, used on a dynamic value: an instance of the base raises
# CPython's AttributeError.

class Base:
    def __init__(self):
        self.k = 0


class A(Base):
    def name(self):
        return "a"


class B(Base):
    def name(self):
        return "b"


items = [A(), B(), 3, Base()]
for x in items:
    if not isinstance(x, int):
        print(x.name())
