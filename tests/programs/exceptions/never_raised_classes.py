# Exception classes the program defines and never raises (nor makes) still compile.


class AppError(ValueError):
    pass


class NotFound(AppError):
    pass


class Unused(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def check(n):
    if n < 0:
        raise NotFound(n)
    return n


try:
    print(check(3))
    print(check(-1))
except AppError as e:
    print("caught", type(e).__name__, e)
