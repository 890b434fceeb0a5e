# Yielded tuples unpacked by for targets, enumerate, and dict comprehensions.


def pairs(d):
    for key in sorted(d):
        yield key, d[key]


scores = {"b": 2, "a": 1, "c": 3}
for name, score in pairs(scores):
    print(name, score)
for i, (name, score) in enumerate(pairs(scores)):
    print(i, name, score)
print({name: score * 10 for name, score in pairs(scores)})
print(sum(score for _, score in pairs(scores)))


def grid(w, h):
    for y in range(h):
        for x in range(w):
            yield x, y, x * y


print([(x, y) for x, y, p in grid(3, 2) if p > 0])
