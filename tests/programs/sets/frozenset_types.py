# isinstance, type() and defaults with frozensets.
def show(v):
    if isinstance(v, frozenset):
        return "frozen " + str(sorted(v))
    return "other"
print(show(frozenset([3, 1])), show(5), type(frozenset()) is frozenset, type(set()) is frozenset)
def f(x=frozenset()):
    return x | {1}
print(f(), f(frozenset([4])))
s = frozenset(["b", "a"])
print(f"{sorted(s)!r:>20}|")
