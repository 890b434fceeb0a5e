# `is` compares sets' and frozensets' identity, never their contents.
x = {1, 2}
y = {1, 2}
z = x
print(x is y, x is z, x is not y, x is not z)
f = frozenset([1])
g = f
g |= frozenset([2])
print(f is g, g is f, f is not g, f.copy() is f)
h = x
h |= {3}
print(h is x, x)
