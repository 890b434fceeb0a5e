class Box:
    def __init__(self, inner):
        self.inner = inner

    def unwrap(self):
        return self.inner


def deepest(box):
    while box.inner is not None:
        box = box.inner
    return box


box = Box(Box(Box(None)))
print(deepest(box).unwrap() is None)
print(box.inner.inner.inner.unwrap() is None)
