# A traceback through a decorated method: the wrapper's frame and the method's, none for the binding.

def checked(fn):
    def wrapper(self, value):
        if value < 0:
            raise ValueError("negative: " + str(value))
        return fn(self, value)
    return wrapper


class Meter:
    def __init__(self):
        self.total = 0

    @checked
    def add(self, value):
        self.total += value
        if self.total > 100:
            raise OverflowError("too much")
        return self.total


m = Meter()
print(m.add(5))
try:
    m.add(-1)
except ValueError as e:
    print("caught", e)
m.add(99)
