# `type(x) is C` (and `==`, `is not`, `!=`): the exact class, not a subclass; a bool's type is
# bool, not int.


class A:
    pass


class B(A):
    pass


class C:
    pass


x = B()
print(type(x) is B, type(x) is A, type(x) == B, type(x) != A, type(x) is not B)
things = [A(), B(), B()]
print([type(t) is A for t in things], [type(t) == B for t in things])
print(type(3) is int, type(True) is int, type(True) is bool, type("s") == str, type(2.5) is float)
print(type([1]) is list, type({}) is dict, type((1, 2)) is tuple, type({1}) is set)
mixed = [1, True, "a", 2.5, None]
print([type(v) is int for v in mixed], [isinstance(v, int) for v in mixed])
maybe = None if len(things) > 5 else B()
print(type(maybe) is B, type(maybe) is A)
for t in things:
    if type(t) is A:
        print("plain A")
    elif type(t) is not C:
        print("not C:", type(t).__name__)
