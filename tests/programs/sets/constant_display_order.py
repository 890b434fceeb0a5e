# A display of more than two constants is a frozenset constant the compiler builds twice
# (the second time from the first's order), so colliding elements land where CPython's do.
print({100, 5, 37})


def colliding():
    return {13, 5, 21, 29}


def reversed_order():
    return {36, 4, 99}


def built():
    a = 100
    return {a, 5, 37}


print(colliding(), reversed_order(), built())
for x in {41, 9, 17, 1}:
    print(x, end=" ")
print()
