# A for-else that raises when nothing was found, caught by the caller.


class NotFoundError(Exception):
    pass


def find(items, wanted):
    for i, item in enumerate(items):
        if item == wanted:
            break
    else:
        raise NotFoundError(f"{wanted!r} not in {items}")
    return i


for wanted in ["b", "z"]:
    try:
        print(wanted, "at", find(["a", "b", "c"], wanted))
    except NotFoundError as e:
        print("NotFoundError:", e)
