# What finally does to the way out: its return wins, its break swallows the exception.


def value_then_finally():
    try:
        return "try"
    finally:
        print("finally runs before the caller sees the value")


def finally_return_wins():
    try:
        raise KeyError("lost")
    finally:
        return "finally"


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("leaving at", i)
            break
    return "after loop"


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
            seen.append(i)
        finally:
            continue
    return seen


def nested_returns(flag):
    try:
        try:
            if flag:
                return "inner"
        finally:
            print("inner finally", flag)
        return "outer"
    finally:
        print("outer finally", flag)


print(value_then_finally())
print(finally_return_wins())
print(break_in_finally())
print(continue_in_finally())
print(nested_returns(True), nested_returns(False))
