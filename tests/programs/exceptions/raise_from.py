# `raise ... from e` prints the cause first; `from None` hides the exception being handled.


def to_int(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected digits, got {text!r}") from None


def load(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError("no such setting") from e


try:
    to_int("ten")
except TypeError as e:
    print("caught:", e)
print(load({"a": 1}, "a"))
load({"a": 1}, "b")
