class Box:
    def __init__(self, w):
        self._w = w

    @property
    def width(self):
        return self._w


b = Box(2)
b.width = 3
