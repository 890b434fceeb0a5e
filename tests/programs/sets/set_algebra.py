# Set algebra: | & - ^ and their methods, subset and superset tests (strict too),
# isdisjoint, with empty sets, strs and comprehensions.
s = {1, 2, 3}
t = {2, 3, 4}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= t, {2} < s)
print(sorted(s.union(t)), sorted(s.intersection(t)), s.isdisjoint({9}), s.issubset(t))
print(sorted(s.difference(t)), sorted(t.symmetric_difference(s)), {2, 3}.issubset(s), s.issuperset({1}))
print(s < s, s <= s, s > {1}, s >= {5}, len(s | set()), len(set() & s))
words = {"apple", "pear"}
other = {"pear", "fig"}
print(sorted(words | other), sorted(words - other), "pear" in words & other)
big = set(range(100))
evens = {x for x in range(0, 100, 2)}
print(len(big - evens), len(big & evens), sum(big ^ evens), max(evens | {1000}))
print(sorted(s), sorted(t))
