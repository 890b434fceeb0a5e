class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def find(self, target):
        node = self.head
        index = 0
        while node is not None:
            if node.value == target:
                return index
            node = node.next
            index += 1
        return None

    def values(self):
        out = []
        node = self.head
        while node:
            out.append(node.value)
            node = node.next
        return out


items = LinkedList()
for v in [3, "x", 2.5, None, "y"]:
    items.push(v)
print(items.values(), items.size)
for t in ["x", 2.5, 42, None]:
    where = items.find(t)
    print(repr(t), "->", where if where is not None else "missing")
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if token == "+" else a * b)
print(stack)
