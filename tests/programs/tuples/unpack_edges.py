# Unpacking lists of every length a pattern accepts, and the errors for the rest.
def split(xs):
    first, *mid, last = xs
    return first, mid, last


print(split([1, 2]), split([1, 2, 3, 4]), split(["a", "b", "c"]))
a, (b, c) = 1, (2, 3)
x, y = [10, 20]
print(a, b, c, x, y)
for first, *scores in [[7, 1, 2], [8], [9, 5]]:
    print(first, scores, sum(scores))
print(split([1]))
