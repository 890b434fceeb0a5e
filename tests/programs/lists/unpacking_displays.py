def noisy(tag, value):
    print("eval", tag)
    return value


xs = [1, 2, 3]
print([*xs])
print([*range(3), *[7, 8]])
print([0, *xs, 4, *reversed(xs), 9])
print([*"héllo", *"!"])
print([noisy("a", 1), *noisy("b", [2, 3]), noisy("c", 4)])
words = {"b": 1, "a": 2}
print([*words, *words.keys()], [*words.values()])
print(sorted({*xs, *[3, 4, 5], 6}), len({*"abca"}))
first, *rest = [*xs, *xs]
print(first, rest)
copy = [*xs]
copy.append(99)
print(xs, copy)
empty = []
print([*empty, *empty], [*empty, 1])
