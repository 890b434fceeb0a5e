# Walking a tree with recursive generators: preorder, leaves only, with depths.


class Tree:
    def __init__(self, label, kids):
        self.label = label
        self.kids = kids

    def preorder(self):
        yield self.label
        for kid in self.kids:
            yield from kid.preorder()

    def leaves(self):
        if not self.kids:
            yield self.label
        for kid in self.kids:
            yield from kid.leaves()


def depths(tree, depth):
    yield depth, tree.label
    for kid in tree.kids:
        yield from depths(kid, depth + 1)


t = Tree("a", [Tree("b", [Tree("d", []), Tree("e", [])]), Tree("c", [Tree("f", [])])])
print(list(t.preorder()))
print(list(t.leaves()))
for depth, label in depths(t, 0):
    print("." * depth + label)
print(max(d for d, _ in depths(t, 0)))
