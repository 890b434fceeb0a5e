nums = [3, 1, 4, 1, 5]
print(sum(nums), sum(nums, 10), sum(nums, 0.5), min(nums), max(nums), sum([2.5, 1.0], 0.0))
print(sum(x * x for x in nums), max(x % 3 for x in nums), min([2.5, -1.0, 7.0]))
print(any(nums), all(nums), any([0, 0]), all([]), any([]), all([1, 0]))
words = ["pear", "apple", "fig"]
print(min(words), max(words), sum([]), sum([0.1] * 10, 0.0))
print(sum([True, True, False]), max([True, False]))
print(max([]))
