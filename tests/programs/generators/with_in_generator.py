class Conn:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close", self.name, kind, value)
        return False


def rows(conn_name, n):
    with Conn(conn_name) as conn:
        for i in range(n):
            if i == 2:
                raise KeyError(i)
            yield conn.name + str(i)


def report():
    total = []
    for row in rows("db", 5):
        total.append(row)
        print("row", row)
    return total


def main():
    try:
        report()
    except KeyError as e:
        print("report failed:", e)
    report()


main()
