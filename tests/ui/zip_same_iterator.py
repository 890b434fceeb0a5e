def pairs(xs):
    it = iter(xs)
    return list(zip(it, it))


print(pairs([1, 2, 3, 4]))
