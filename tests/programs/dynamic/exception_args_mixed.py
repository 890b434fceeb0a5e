class Cmd:
    def __init__(self, a, b):
        self.args = (a, b)


class E(Exception):
    pass


c = Cmd(1, 2)
print(c.args)
for v in [True, False]:
    try:
        if v:
            raise E("a")
        raise E(1)
    except E as e:
        print(str(e), repr(e))
try:
    raise E(2)
except E as e:
    print(e.args)
