# Sorting is stable, forwards and reversed, by key and by tuples.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
nums = [5, -3, 2, -2, 3, -5, 0]
print(sorted(nums, key=lambda n: abs(n)))
nums.sort(key=lambda n: n * n, reverse=True)
print(nums)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
words.sort()
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print(sorted([3.5, 1.25, -2.0, 1.25]), sorted([True, False, True]), sorted([[2, 1], [1, 9], [1, 2]]))
