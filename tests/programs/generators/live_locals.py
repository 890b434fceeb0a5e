# Locals that live across a `yield` keep their values, however control reaches it: nested
# loops with break and continue, a loop's else, an except clause reading them, values set
# before the loop and read only after it, and a yield inside a comprehension's loop.


def nested(rows, cols):
    before = -100
    total = 0
    for r in range(rows):
        if r == 2:
            continue
        c = 0
        while True:
            if c >= cols:
                break
            total += r * c
            yield (r, c, total)
            c += 1
        else:
            print("never")
    yield (before, total, -1)


print(list(nested(4, 3)))


def searching(words, target):
    index = 0
    for w in words:
        yield w
        if w == target:
            print("found at", index)
            break
        index += 1
    else:
        print("not found after", index)
    yield "done"


print(list(searching(["a", "b", "c"], "b")))
print(list(searching(["a", "b", "c"], "z")))


def guarded(values):
    seen = []
    for v in values:
        try:
            label = f"v{v}"
            yield 10 // v
            seen.append(label)
        except ZeroDivisionError:
            print("skipped", label, "after", seen)
    yield len(seen)


print(list(guarded([1, 2, 0, 5])))


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
    yield -a


print(list(fib_pairs(10)))


def accumulate(items):
    acc = []
    for item in items:
        acc.append(item)
        yield list(acc)
    print("final", acc)


for part in accumulate("xyz"):
    print(part)


def kept_object():
    big = {"k": [1, 2, 3]}
    yield "one"
    big["k"].append(4)
    yield "two"
    yield str(big)


print(list(kept_object()))


def late_use(n):
    marker = n * 100
    for i in range(n):
        yield i
    yield marker


print(list(late_use(3)))
