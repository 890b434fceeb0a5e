# An exception raised in a handler and caught further out leaves no trace behind; an uncaught
# one later prints only its own traceback.


def parse_all(items):
    out = []
    for item in items:
        try:
            try:
                out.append(int(item))
            except ValueError:
                out.append(int(float(item)))
        except ValueError as e:
            print("skipped:", e)
    return out


print(parse_all(["1", "2.5", "x", "4"]))


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        try:
            return table[key.lower()]
        except KeyError:
            return -1


print(lookup({"a": 1}, "A"), lookup({"a": 1}, "B"))
print([1, 2][5])
