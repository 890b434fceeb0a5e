# Nested helper functions reading the enclosing variables as they are when called.
def summarize(values, threshold):
    count = 0

    def big(x):
        return x > threshold

    def describe(x):
        return f"{x}{'!' if big(x) else ''}"

    out = []
    for v in values:
        if big(v):
            count += 1
        out.append(describe(v))
    threshold = threshold * 2
    out.append(describe(values[0]))
    return out, count


print(summarize([1, 5, 10, 3], 4))


def walk(tree):
    seen = []

    def visit(node, depth):
        seen.append(node * 10 + depth)
        for child in tree.get(node, []):
            visit(child, depth + 1)

    visit(1, 0)
    return seen


print(walk({1: [2, 3], 2: [4], 3: [5, 6]}))
