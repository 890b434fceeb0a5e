# `**` of a dict nothing is ever stored in gives no arguments.
def g(factor=1, offset=0):
    return factor + offset


empty = {}
print(g(*(), **{}), g(2, **empty))
