class N:
    pass
def f(c):
    if c:
        return N()
print(f(False) is None)
def g(c):
    if c:
        return 5
print(g(False), g(True))
