# Sorting algorithms written in Python, checked against sorted().
def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quick_sort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quick_sort([x for x in xs if x > pivot])


data = [(i * 7919) % 101 - 50 for i in range(60)]


print(insertion_sort(data) == sorted(data), merge_sort(data) == sorted(data), quick_sort(data) == sorted(data))
print(merge_sort(["pear", "apple", "fig"]), quick_sort([3.5, -1.0, 2.25]), insertion_sort([]))
