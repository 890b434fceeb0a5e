# `else` runs when the body raised nothing; `finally` runs on every way out.


def attempt(d):
    print("attempt", d)
    try:
        q = 10 // d
    except ZeroDivisionError:
        print("  except")
        q = -1
    else:
        print("  else", q)
    finally:
        print("  finally")
    return q


print(attempt(5), attempt(0))


def early(flag):
    try:
        if flag:
            return "from try"
        print("body done")
    finally:
        print("finally of early", flag)
    return "after"


print(early(True))
print(early(False))


def from_handler(xs, i):
    try:
        return xs[i]
    except IndexError:
        return -1
    finally:
        print("looked up", i)


print(from_handler([5, 6], 1), from_handler([5, 6], 9))

for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
else:
    print("not reached")

n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print("n =", n)


def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested_finally())


def tuple_result(x):
    try:
        return x, x * 2
    finally:
        print("tuple finally")


a, b = tuple_result(21)
print(a, b)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def swallow():
    try:
        {}["k"]
    finally:
        return "swallowed"


print(swallow())

try:
    try:
        [][1]
    finally:
        print("cleanup runs before the handler")
except IndexError as e:
    print("then the handler:", e)
