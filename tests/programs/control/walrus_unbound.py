# A name bound only by := inside a comprehension that never ran is unbound after it.
def f(xs):
    print([v for x in xs if (v := x + 1) > 1])
    return v


print(f([1, 2]))
print(f([]))
