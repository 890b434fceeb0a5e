# NameError and UnboundLocalError are exceptions the program can catch.


def maybe(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"caught: {e}"


print(maybe(True))
print(maybe(False))


def uses_later():
    try:
        print(result)
    except NameError as e:
        print(type(e).__name__, e)


uses_later()
result = 42
uses_later()
