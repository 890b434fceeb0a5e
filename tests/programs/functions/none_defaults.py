# Parameters defaulting to None: each instance knows whether the argument is None, so
# `x if x is not None else default` and `if x is None:` keep only the branch that runs.
class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []

    def size(self):
        return 1 + sum(c.size() for c in self.children)


def describe(items=None, sep=None):
    if items is None:
        return "nothing"
    return (sep if sep is not None else ", ").join(items)


def log_calls(calls, extra=None):
    if not extra is None:
        calls.append(extra)
    return len(calls)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.size(), Tree(9).size())
print(describe(), describe(["a", "b"]), describe(["a", "b"], sep="-"))
print(log_calls([1]), log_calls([1], 5))
