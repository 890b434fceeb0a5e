# Instances that count and register themselves through class attributes and static methods.
class Node:
    created = 0
    registry = []

    def __init__(self, value, parent=None):
        Node.created += 1
        self.value = value
        self.parent = parent
        self.children = []
        Node.registry.append(value)

    def add(self, value):
        child = Node(value, self)
        self.children.append(child)
        return child

    def depth(self):
        d = 0
        node = self.parent
        while node is not None:
            d += 1
            node = node.parent
        return d

    def walk(self):
        out = [(self.depth(), self.value)]
        for child in self.children:
            out.extend(child.walk())
        return out

    @staticmethod
    def total():
        return Node.created


root = Node("root")
a = root.add("a")
b = root.add("b")
a.add("a1").add("a1x")
b.add("b1")
for depth, value in root.walk():
    print("  " * depth + value)
print(Node.total(), Node.registry, a.children[0].children[0].depth())
