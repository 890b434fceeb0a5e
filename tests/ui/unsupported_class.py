class A(ValueError):
    pass


class B:
    pass


class C(A, B):
    pass
