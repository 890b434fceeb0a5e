class R:
    def f(self, a, **rest):
        return a


def g(*args):
    return args


h = g
print(R().f(*[1]))
print(h(*[1, 2]))
