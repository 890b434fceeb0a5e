# The first matching except clause runs; the others are skipped.


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def fail(kind):
    if kind == 1:
        raise NotFound("page")
    if kind == 2:
        raise AppError("generic")
    if kind == 3:
        raise KeyError("k")
    return "ok"


for kind in range(4):
    try:
        print(fail(kind))
    except NotFound as e:
        print("not found:", e)
    except AppError as e:
        print("app error:", e)
    except LookupError as e:
        print("lookup:", e)
    except Exception:
        print("never reached")

for kind in range(1, 3):
    try:
        fail(kind)
    except AppError as e:
        print("base first catches", type(e).__name__)
    except NotFound:
        print("never reached either")
