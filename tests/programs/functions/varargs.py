# *args: packed into a tuple per call (empty too), with keyword-only parameters after it,
# iterated, indexed, joined, printed and unpacked into print.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


def describe(name, *tags, sep=", "):
    return name + ": " + sep.join(tags) + " (" + str(len(tags)) + ")"


def first_or(default, *values):
    if values:
        return values[0]
    return default


def mixed(*items):
    return items


print(total(1, 2, 3), total(), total(5))
print(describe("fruit", "apple", "pear"), describe("none"), describe("x", "a", "b", "c", sep="|"))
print(first_or(0, 7, 8), first_or(-1))
print(mixed(1, "a", 2.5), mixed(), len(mixed(1, 2)))
print(max(total(1, 2), total(3)), sum((1, 2)))


def show(*args):
    print(*args)
    print(args)


show("a", 1)
show()
