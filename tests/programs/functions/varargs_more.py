# *args after positional parameters, in nested functions, sliced and concatenated.
def log(level, *parts, sep=" "):
    line = sep.join(parts)
    print("[" + level + "] " + line)


def avg(first, *rest):
    values = (first,) + rest
    return sum(values) / len(values)


def outer(n):
    def inner(*xs):
        return n + len(xs)

    return inner(1, 2) + inner()


def largest(*nums):
    best = nums[0]
    for x in nums[1:]:
        if x > best:
            best = x
    return best


log("info", "started", "ok")
log("warn")
log("debug", "a", "b", sep="-")
print(avg(4), avg(1, 2, 3, 4), outer(10), largest(3, 9, 2), largest(-1))
print(*(1, 2, 3), sep=", ")
print(*("x",), *[1, 2])
