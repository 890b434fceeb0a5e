# A special method that raises: the traceback shows the line that called it, as CPython's does.
class Box:
    def __getitem__(self, k):
        raise_it()
        return 1

    def __setitem__(self, k, v):
        raise_it()

    def __delitem__(self, k):
        raise_it()

    def __add__(self, other):
        raise_it()
        return 1

    def __neg__(self):
        raise_it()
        return 1

    def __lt__(self, other):
        raise_it()
        return True

    def __contains__(self, x):
        raise_it()
        return True

    def __len__(self):
        raise_it()
        return 1

    def __call__(self, x):
        raise_it()
        return 1

    @property
    def prop(self):
        raise_it()
        return 1

    @prop.setter
    def prop(self, v):
        raise_it()


def raise_it():
    x = [1]
    return x[3]


b = Box()
v = b + 1
