# Exception classes of the program: hierarchies, super().__init__, __str__, attributes.

class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed")
        self.code = code


class Timeout(AppError):
    def __str__(self):
        return "timed out"


def work(n):
    if n == 1:
        raise DbError("users", 42)
    if n == 2:
        raise Timeout()
    if n == 3:
        raise AppError("plain", 3)
    if n == 4:
        raise AppError
    return n


for n in range(6):
    try:
        print("ok", work(n))
    except DbError as e:
        print("db", e, e.code)
    except AppError as e:
        print("app", e, type(e).__name__)

try:
    work(1)
except Exception as e:
    print("generic", e, type(e).__name__)

try:
    try:
        work(2)
    except ValueError:
        print("no")
except LookupError:
    print("no")
except AppError as e:
    print("outer", e)
work(1)
