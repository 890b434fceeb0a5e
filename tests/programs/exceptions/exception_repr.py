# repr() of exceptions: the class name and the arguments' reprs (a str argument quoted, others as
# they are, a KeyError's key as its repr), and a class's own __repr__ where it has one.


class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, detail):
        super().__init__(f"code {code}", detail)
        self.code = code


class Plain(ValueError):
    def __init__(self, n):
        self.n = n


class Custom(Exception):
    def __repr__(self):
        return "Custom!"


def fails(i):
    if i == 0:
        raise ValueError("bad value")
    if i == 1:
        raise ValueError(42)
    if i == 2:
        raise KeyError("key")
    if i == 3:
        d = {"a": 1}
        return d["zz"]
    if i == 4:
        return 1 // 0
    if i == 5:
        raise RuntimeError
    if i == 6:
        raise AppError("app failed")
    if i == 7:
        raise CodeError(7, "disk")
    if i == 8:
        raise Plain(3)
    if i == 9:
        raise Custom("x")
    if i == 10:
        raise AppError()
    if i == 11:
        return [1][5]
    if i == 12:
        return int("x1")
    if i == 13:
        raise TypeError(3.5)
    if i == 14:
        d2 = {1: 2}
        return d2[7]
    return 0


for i in range(15):
    try:
        fails(i)
    except Exception as e:
        print(i, repr(e), str(e), f"{e!r}")
        print([e])

err = CodeError(1, "x")
print(repr(err), err)
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, repr(e))
try:
    raise ValueError(2.5, None, "x")
except ValueError as e:
    print(e, repr(e))
try:
    raise KeyError("k", 2)
except LookupError as e:
    print(e, repr(e), [e])
raise ValueError(5)
