# A function krait inlines into a loop starts each call with its variables unbound, as a call
# does: the second call's UnboundLocalError is not hidden by the first call's value.


def f(c):
    if c:
        x = 1
    return x


def g(c):
    if c:
        y = 2.5
    try:
        return y
    except NameError:
        return -1.0


def count_up(n):
    while n < 3:
        if n == 1:
            seen = n
        n += 1
    return seen


for c in (True, False, True, False):
    try:
        print(f(c))
    except UnboundLocalError as e:
        print("error:", e)
    print(g(c))
for start in (0, 2, 1):
    try:
        print(count_up(start))
    except UnboundLocalError as e:
        print("error:", e)
