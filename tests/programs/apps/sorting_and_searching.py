# Bubble sort with tuple swaps and an early break, binary search, a matrix product with
# zip(*matrix).
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data = [5, 2, 9, 1, 5, 6]
s = bubble(data)
print(s, data, binary_search(s, 6), binary_search(s, 7))
matrix = [[1, 2], [3, 4]]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*matrix)] for row in matrix]
print(product)
