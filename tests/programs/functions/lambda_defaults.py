scale = lambda x, k=2: x * k
print(scale(3), scale(3, 5), scale(k=3, x=4))
greet = lambda name, punct="!": "hi " + name + punct
print(greet("a"), greet("b", "?"))
pairs = sorted([(1, "b"), (2, "a")], key=lambda p: p[1])
print(pairs)


def helper(v, step=1, label="x"):
    def inner(w, neg=-1):
        return w * neg
    return inner(v) + step, label


print(helper(5), helper(5, 2, "y"))
