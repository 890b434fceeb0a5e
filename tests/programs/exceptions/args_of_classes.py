class Point(Exception):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty(Exception):
    pass


try:
    raise Point(3, 4)
except Point as e:
    print(e.args, e.x + e.y, str(e), repr(e))

try:
    raise Empty()
except Empty as e:
    print(e.args, len(e.args), bool(e.args))

errors = []
for text in ["12", "abc", "", "7"]:
    try:
        errors.append(int(text))
    except ValueError as e:
        errors.append(len(e.args[0]))
print(errors)


def lookup(d, k):
    try:
        return d[k]
    except LookupError as e:
        return "missing " + e.args[0]


print(lookup({"a": "x"}, "a"), lookup({"a": "x"}, "zz"))
try:
    [1, 2][5]
except IndexError as e:
    print(e.args)
