# isinstance() of caught exceptions against built-in and the program's exception classes.

class AppError(Exception):
    pass


class Missing(AppError):
    pass


def fail(kind):
    if kind == 0:
        raise KeyError("k")
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise Missing("m")
    return 1 // 0


for kind in range(4):
    try:
        fail(kind)
    except Exception as e:
        print(kind, isinstance(e, LookupError), isinstance(e, (ValueError, ZeroDivisionError)),
              isinstance(e, AppError), isinstance(e, Exception), isinstance(e, ArithmeticError))
try:
    fail(2)
except AppError as e:
    print(isinstance(e, Missing), isinstance(e, Exception), isinstance(e, ValueError))
