xs = [5, 3, 9, 1, 5, 7, 2, 8, 0, 6, 4]
print(sorted(xs), sorted(xs, reverse=True), xs)
xs.sort()
print(xs)
words = "banana Apple cherry apple Banana date fig elderberry".split()
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted(pairs), sorted([], reverse=True), sorted([1.5, -2.0, 0.0]))
d = {"x": 3, "a": 1, "m": 2}
print(sorted(d), sorted(d.items(), key=lambda kv: -kv[1]), sorted(d.values()))
flag = len(xs) > 3
print(sorted(xs, reverse=flag))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:])
print(sorted(x * 0.5 for x in range(5)))
