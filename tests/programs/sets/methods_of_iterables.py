# Set methods given iterables that are no sets: lists, tuples, strs, generators, ranges of
# them; the results keep CPython's order (the items are added as CPython adds them).
seen = {3, 1}
seen.update([5, 3, 9])
print(seen, len(seen))
seen.update(x * 10 for x in range(3))
print(sorted(seen))
seen.difference_update([0, 10, 99])
print(sorted(seen))
letters = {"a", "b", "c"}
print(sorted(letters.union("cde")), sorted(letters.intersection(("b", "z", "a"))))
print(sorted(letters.difference(["a"])), sorted(letters.symmetric_difference("abxy")))
print(letters.issubset("abcd"), letters.issuperset(["a", "c"]), letters.isdisjoint("xyz"))
nums = {1, 2, 3, 4, 5, 6}
nums.intersection_update([2, 4, 6, 8])
print(nums)
nums.symmetric_difference_update([4, 10])
print(nums)
print({1, 2}.union([2, 3], ) | {7}, frozenset([1, 2]).union([3]))
big = set()
big.update(i for i in range(0, 40, 3))
print(big)
print(big.intersection(list(range(30, 60))))
order = {100, 5, 37}
print(order.union([64, 1, 33, 97]), order.intersection([37, 100, 7]))
s = {1, 2, 3, 4}
s.difference_update(x for x in range(3))
s.intersection_update(x * 2 for x in range(5))
print(s)
