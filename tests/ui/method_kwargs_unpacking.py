class R:
    def f(self, a, **rest):
        return a


print(R().f(*[1]))
