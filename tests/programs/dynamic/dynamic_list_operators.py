def pick(i):
    return [[1, "a"], 3, "s", None][i]


a = pick(0)
b = pick(0)
alias = a
print(a + b, a * 2, 2 * a, a * 0, a + [None])
a += [9]
print(a, alias)
a *= 2
print(alias, len(alias))
for other in [pick(1), pick(2), pick(3), 2.5]:
    try:
        print(a + other)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a * other)
    except TypeError as e:
        print("TypeError:", e)
