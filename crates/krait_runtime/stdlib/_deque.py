"""`collections.deque` in the Python krait compiles: a list and the index of its first item,
so that both ends take and give items in amortized constant time. Its messages are CPython's;
its methods add no traceback frames, as C methods add none.
"""


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self._head = 0
        self._limit = -1 if maxlen is None else maxlen
        if self._limit < -1:
            raise ValueError("maxlen must be non-negative")
        for item in iterable:
            self.append(item)

    @property
    def maxlen(self):
        return None if self._limit < 0 else self._limit

    def __len__(self):
        return len(self._items) - self._head

    def _taken(self):
        # Drop the slots popped from the left once they are half the list.
        if self._head > 16 and self._head * 2 > len(self._items):
            self._items = self._items[self._head:]
            self._head = 0

    def append(self, item):
        self._items.append(item)
        if self._limit >= 0 and len(self) > self._limit:
            self.popleft()

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)
        if self._limit >= 0 and len(self) > self._limit:
            self.pop()

    def pop(self):
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._head += 1
        self._taken()
        return item

    def extend(self, iterable):
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        self._items = self._items[:0]
        self._head = 0

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        steps = n % size
        for _ in range(steps):
            self.appendleft(self.pop())

    def count(self, value):
        found = 0
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                found += 1
        return found

    def __getitem__(self, index):
        size = len(self)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        return self._items[self._head + index]

    def __setitem__(self, index, value):
        size = len(self)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError("deque index out of range")
        self._items[self._head + index] = value

    def __contains__(self, value):
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                return True
        return False

    def __iter__(self):
        for i in range(self._head, len(self._items)):
            yield self._items[i]

    def __repr__(self):
        items = ", ".join(repr(self._items[i]) for i in range(self._head, len(self._items)))
        if self._limit >= 0:
            return "deque([" + items + "], maxlen=" + str(self._limit) + ")"
        return "deque([" + items + "])"
