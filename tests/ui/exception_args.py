class Coded(Exception):
    pass


def check(code):
    if code:
        raise Coded("failed", code)


try:
    check(3)
    int("x")
except Exception as e:
    print(e.args)
