# Slices assigned to slices, slices of slices, comprehensions of slices: temporaries whose
# elements live on in the lists they are copied into.
words = [str(i) * 2 for i in range(40)]
for k in range(300):
    words[: k % 7] = words[k % 5 :: -1]
    words[1:3] = [w + "!" for w in words[:2] if len(w) < 12]
    words[k % 3 :: 4] = words[: k % 3 : -1][: len(words[k % 3 :: 4])]
    words = words[:40]
    words[5:] = words[5:][::-1]
print(len(words), words[:6], words[-3:])
nums = list(range(10))
nums[2:5] = nums[2:5][::-1]
nums[:3] = [n * n for n in nums[:3]]
nums[::2] = nums[1::2][::-1]
print(nums)
grid = [[i * j for j in range(4)] for i in range(4)]
grid[1:3] = grid[1:3][::-1]
grid[0][:2] = grid[3][2:][::-1]
print(grid)
