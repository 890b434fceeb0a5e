# A bare `raise` sends the exception on with its traceback; `raise e` adds its own line.


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("lookup failed for", key)
        raise


def again(table, key):
    try:
        return lookup(table, key)
    except KeyError as e:
        print("again:", e)
        raise e


try:
    again({"a": 1}, "b")
except LookupError as e:
    print("caught at the top:", e)

print(again({"a": 1}, "a"))
again({}, "missing")
