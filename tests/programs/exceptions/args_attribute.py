class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"no such item: {name}")
        self.name = name


class Coded(Exception):
    pass


try:
    int("x")
except ValueError as e:
    print(e.args, len(e.args), e.args[0])

try:
    raise AppError("plain")
except AppError as e:
    print(e.args)

try:
    raise NotFound("spoon")
except AppError as e:
    print(e.args)

try:
    raise Coded("disk", 28)
except Coded as e:
    what, code = e.args
    print(what, code, e.args)

try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, repr(e.args[0]))

try:
    raise ValueError("custom")
except (ValueError, TypeError) as e:
    print(e.args, bool(e.args))

for bad in ["1", "x", "2.5"]:
    try:
        print(int(bad))
    except ValueError as err:
        msg = err.args[0]
        print("bad:", msg.upper())
