nums = [1, 2, 3]
print(2 in nums, 5 in nums, 5 not in nums, 2.0 in nums, True in nums)
words = ["a", "bc"]
print("bc" in words, "b" in words, "b" in "abc", "ac" in "abc", "" in "x", "é" in "café")
pairs = [(1, "x"), (2, "y")]
print((2, "y") in pairs, (2, "x") in pairs)
empty = []
print(1 in empty)
print("x" in "" , "abc" not in "ab")
