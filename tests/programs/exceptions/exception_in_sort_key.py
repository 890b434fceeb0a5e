# An exception raised by a sort key stops the sort; the list is left as CPython leaves it.

records = ["b:2", "a:1", "c:x", "d:4"]


def key(record):
    name, value = record.split(":")
    return int(value)


try:
    records.sort(key=key)
except ValueError as e:
    print("sort failed:", e)
print(sorted(records[:2], key=key))
print(sorted(["3", "1", "2"], key=int))
