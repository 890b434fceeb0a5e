# A constructor's TypeErrors name its __init__ and count the instance, as CPython's do.
class P:
    def __init__(self, x, y=0):
        self.x = x


try:
    P(**{"x": 1, "z": 2})
except TypeError as e:
    print(e)
try:
    P(*[1, 2, 3])
except TypeError as e:
    print(e)
