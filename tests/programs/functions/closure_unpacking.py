# A `*list` and a `**mapping` into a call of a closure (a function value with captured variables).

def outer(k):
    def f(a, b=2.5, c="z"):
        return str(a) + str(b) + c + k
    g = f
    return g(*[1]), g(**{"a": 7, "c": "w"})


print(outer("!"))
