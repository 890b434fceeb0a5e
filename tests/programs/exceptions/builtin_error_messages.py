# CPython's messages for the errors built-in operations raise, caught and printed.


def attempt(label, f, arg):
    try:
        print(label, f(arg))
    except (ValueError, TypeError, IndexError, KeyError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)


def to_int(s):
    return int(s)


def to_float(s):
    return float(s)


def index_of(x):
    return [1, 2, 3].index(x)


def char(n):
    return chr(n)


def pop_from(xs):
    return xs.pop()


def divide(d):
    return 7.0 / d


def modulo(d):
    return 7 % d


def get(key):
    return {"one": 1}[key]


def power(e):
    return 10.0 ** e


attempt("int", to_int, "12x")
attempt("int", to_int, " 42 ")
attempt("float", to_float, "1e500x")
attempt("index", index_of, 9)
attempt("chr", char, -1)
attempt("pop", pop_from, [])
attempt("divide", divide, 0)
attempt("modulo", modulo, 0)
attempt("get", get, "two")
attempt("power", power, 400)
