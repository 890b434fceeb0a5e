# krait: flags=--max-memory 32
# Many short-lived binary trees next to a long-lived one.
class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Tree(None, None)
    return Tree(build(depth - 1), build(depth - 1))


def count(tree):
    if tree.left is None:
        return 1
    return 1 + count(tree.left) + count(tree.right)


long_lived = build(14)
total = 0
for depth in range(4, 13, 2):
    for _ in range(2 ** (16 - depth)):
        total += count(build(depth))
print(total, count(long_lived))
