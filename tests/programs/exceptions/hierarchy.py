# An except clause catches its class and every subclass; the rest goes on to outer handlers.


def fail(kind):
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["key"]
    if kind == "zero":
        return 1 // 0
    if kind == "value":
        return int("v")
    if kind == "overflow":
        huge = 2.0 ** 5000
        return int(huge)
    if kind == "assert":
        assert kind == "other", "assertion message"
    if kind == "runtime":
        raise NotImplementedError("later")
    if kind == "type":
        raise TypeError("wrong type")
    return 0


for kind in ["index", "key", "zero", "value", "overflow", "assert", "runtime", "type", "ok"]:
    try:
        try:
            fail(kind)
            print(kind, "ok")
        except LookupError as e:
            print(kind, "LookupError", type(e).__name__, e)
        except ArithmeticError as e:
            print(kind, "ArithmeticError", type(e).__name__, e)
        except RuntimeError as e:
            print(kind, "RuntimeError", type(e).__name__, e)
    except Exception as e:
        print(kind, "outer Exception", type(e).__name__, e)

try:
    fail("key")
except (ZeroDivisionError, KeyError) as e:
    print("tuple caught", type(e).__name__)

try:
    fail("zero")
except BaseException as e:
    print("BaseException caught", e)
