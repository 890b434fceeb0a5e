class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return reversed(self._items)


class Pairs:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        return iter(sorted(self.d.items()))


s = Stack()
for i in range(4):
    s.push(i * i)
print(list(s), len(s), s.pop(), bool(s), sum(s), max(s))
for v in s:
    print(v, end=" ")
print()
for k, v in Pairs({"b": 2, "a": 1}):
    print(k, v)
print(sorted(Pairs({"z": 0, "y": 9})))
try:
    Stack().pop()
except IndexError as e:
    print(e)
