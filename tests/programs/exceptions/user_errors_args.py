# str() of an exception follows its arguments, as BaseException's does.


class Problem(Exception):
    pass


class Coded(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail


print(str(Problem()) == "")
print(Problem("one"))
print(Problem(42))
print(Problem("a", 2))
print(Coded(404, "not found"))
e = Coded(500, "oops")
print(e.code, e.detail)
for exc in [Problem("x"), Problem()]:
    try:
        raise exc
    except Problem as caught:
        print("caught", repr(str(caught)), caught is exc)


def check(value):
    if value < 0:
        raise Problem
    return value


try:
    check(-1)
except Exception as err:
    print(type(err).__name__, "with", repr(str(err)))
raise Coded(7, "bad")
