class Node:
    def __init__(self, child):
        self.child = child
        self.depth = 0


def depth_of(node):
    return node.child.depth


leaf = Node(None)
root = Node(leaf)
print(depth_of(root))
print(depth_of(leaf))
