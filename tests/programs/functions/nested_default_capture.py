# Nested functions keeping the values their defaults had when each `def` ran, in a loop and per call.

def make_all():
    fs = []
    for i in range(3):
        def f(x, i=i):
            return x + i
        fs.append(f)
    return fs


print([g(10) for g in make_all()])


def make(k):
    def add(x, k=k):
        return x + k
    return add


a = make(1)
b = make(100)
print(a(1), b(1))
