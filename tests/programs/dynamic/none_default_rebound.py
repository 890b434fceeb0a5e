def f(items=None):
    if items is None:
        items = []
    items.append(1)
    return items
print(f(), f([5]))
def g(n=None):
    if n is None:
        n = 3
    return n * 2
print(g(), g(4), g(1.5))
