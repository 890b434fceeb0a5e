class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class Stack:
    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, value):
        self.top = Node(value, self.top)
        self.size += 1

    def pop(self):
        node = self.top
        if node is None:
            return -1
        self.top = node.next
        self.size -= 1
        return node.value

    def values(self):
        out = []
        node = self.top
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


stack = Stack()
for i in range(10):
    stack.push(i * 3)
print(stack.size, stack.pop(), stack.pop(), stack.size)
print(sum(stack.values()), len(stack.values()), stack.values()[0])
while stack.size > 0:
    stack.pop()
print(stack.pop(), stack.size, stack.top is None)
