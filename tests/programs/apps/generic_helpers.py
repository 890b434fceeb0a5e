def check(values):
    return sorted(values)


print(check([3, 1, 2]))
print(check([2.5, -1.0]))


def pair_up(items):
    out = []
    for i in range(0, len(items) - 1, 2):
        out.append((items[i], items[i + 1]))
    return out


def firsts(rows):
    return [row[0] for row in rows]


print(pair_up([1, 2, 3, 4]), pair_up(["a", "b", "c"]), pair_up([1.5, 2.5]))
print(firsts([[1, 2], [3]]), firsts([["x"], ["y", "z"]]), firsts(["ab", "cd"]))
