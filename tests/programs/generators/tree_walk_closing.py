class Node:
    def __init__(self, name, children):
        self.name = name
        self.children = children


def walk(node, depth):
    print("  " * depth + "enter " + node.name)
    try:
        yield node.name
        for child in node.children:
            yield from walk(child, depth + 1)
    finally:
        print("  " * depth + "leave " + node.name)


tree = Node("a", [Node("b", [Node("d", [])]), Node("c", [])])
for name in walk(tree, 0):
    print("got", name)
    if name == "d":
        break
print("---")
print(list(walk(tree, 0)))


class Tree:
    def __init__(self, root):
        self.root = root

    def __iter__(self):
        return walk(self.root, 0)


for name in Tree(tree):
    if name == "b":
        break
print("done")
