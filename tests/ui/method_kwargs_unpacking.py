class R:
    def f(self, a, **rest):
        return a


def g(**kw):
    return kw


h = g
print(R().f(**{"a": 1}))
print(h(x=1))
