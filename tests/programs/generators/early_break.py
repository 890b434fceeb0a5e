# Leaving a loop over a generator early suspends it; iterating again continues from there.


def naturals():
    n = 0
    while True:
        n += 1
        yield n


nums = naturals()
for n in nums:
    if n == 3:
        break
print("stopped at 3")
for n in nums:
    print("continues with", n)
    if n >= 6:
        break
print(next(nums), next(nums))
firsts = []
for n in naturals():
    if n > 4:
        break
    firsts.append(n)
print(firsts)
