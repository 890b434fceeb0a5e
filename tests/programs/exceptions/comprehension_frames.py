# An exception inside a comprehension or a generator expression consumed at once: CPython 3.11
# runs it in a frame of its own (<listcomp>, <setcomp>, <dictcomp>, <genexpr>), which the
# traceback shows below the line that made it; the first iterable belongs to the enclosing frame.


def inverses(xs):
    return [1 / x for x in xs]


def first_iterable():
    raise ValueError("no items")


def run(case):
    if case == 0:
        print(inverses([1, 0]))
    if case == 1:
        print([x for x in first_iterable()])
    if case == 2:
        print(len({10 // x for x in [5, 0]}))
    if case == 3:
        print({x: 10 // x for x in [2, 0]})
    if case == 4:
        print(sum(10 // x for x in [1, 0]))
    if case == 5:
        print("".join(str(10 // x) for x in [1, 0]))
    if case == 6:
        print(any(10 // x > 100 for x in [1, 0]))
    if case == 7:
        print([[1 // v for v in row] for row in [[1], [0]]])
    if case == 8:
        print([i for i in range(10 // (case - 8))])


for case in range(9):
    try:
        run(case)
    except (ZeroDivisionError, ValueError) as e:
        print(case, type(e).__name__, e)

run(9)
print(sorted(x * x for x in range(4)))
table = [[r * c for c in range(3)] for r in range(3)]
print(table)
run(7)
