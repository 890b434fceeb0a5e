# A context manager that commits on success and rolls back on an exception.


class Transaction:
    def __init__(self, db):
        self.db = db
        self.pending = {}

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.update(self.pending)
            print("commit", sorted(self.pending))
        else:
            print("rollback:", exc_type.__name__, exc)
        return False

    def set(self, key, value):
        if value < 0:
            raise ValueError(f"negative value for {key}")
        self.pending[key] = value


db = {"a": 1}
for changes in [{"b": 2, "c": 3}, {"d": 4, "e": -1}, {}]:
    try:
        with Transaction(db) as tx:
            for key, value in changes.items():
                tx.set(key, value)
    except ValueError as e:
        print("failed:", e)
    print(db)


class Counter:
    def __init__(self):
        self.depth = 0
        self.entered = 0

    def __enter__(self):
        self.depth += 1
        self.entered += 1
        return self.depth

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1


c = Counter()
with c as outer:
    with c as inner:
        print("depth", outer, inner)
    print("back to", c.depth)
print("entered", c.entered, "depth", c.depth)


def first_negative(rows):
    with Counter() as level:
        for row in rows:
            for x in row:
                if x < 0:
                    return x, level
    return 0, -1


print(first_negative([[1, 2], [3, -4, 5]]))
print(first_negative([[1]]))
