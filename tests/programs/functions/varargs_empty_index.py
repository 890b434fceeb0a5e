# Indexing an empty *args tuple raises IndexError when it runs.
def largest(*nums):
    return nums[0]


print(largest(4))
print(largest())
