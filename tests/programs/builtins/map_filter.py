line = "3 1 4 1 5"
nums = list(map(int, line.split()))
print(nums, sum(map(int, line.split())), " ".join(map(str, nums)))
print(list(map(lambda x: x * x, nums)), list(filter(lambda x: x > 2, nums)))
def double(x):
    return 2 * x
print(list(map(double, range(4))), sorted(map(abs, [-3, 2, -1])), max(map(len, ["a", "abc", "ab"])))
for w in map(str, [1, 2]):
    print(w)
scale = 10
print(list(map(lambda v: v * scale, nums)), [x for x in filter(lambda c: c.isdigit(), "a1b2")])
print(list(map(float, ["1.5", "2"])), list(filter(None, [0, 3, 0, 4])))
