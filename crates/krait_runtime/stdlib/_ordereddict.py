"""`collections.OrderedDict` in the Python krait compiles: a dict (which keeps insertion
order) with OrderedDict's repr, `move_to_end`, `popitem(last=...)` and order-sensitive
equality between OrderedDicts. Its messages are CPython's; its methods add no traceback
frames, as C methods add none.
"""


class OrderedDict:
    def __init__(self, items=()):
        self._data = {}
        for key, value in items:
            self._data[key] = value

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._data.items())) + ")"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key):
        return self._data.pop(key)

    def update(self, other):
        for key, value in other.items():
            self._data[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return OrderedDict(self._data.items())

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
            return
        rest = self._data
        self._data = {key: value}
        for other, item in rest.items():
            self._data[other] = item
