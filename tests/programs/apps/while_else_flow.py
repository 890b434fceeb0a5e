# Control flow corners: while/else, for/else, break/continue in nested loops, early returns.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def first_pair(n, total):
    for a in range(n):
        for b in range(a, n):
            if a + b == total:
                return (a, b)
            if b > total:
                break
    return (-1, -1)


n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("reached 1 in", steps)
print(find([3, 5, 7], 5), find([3, 5, 7], 4), first_pair(10, 15), first_pair(3, 9))
count = 0
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
        count += 1
print(count)
