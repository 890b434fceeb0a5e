# An uncaught AttributeError from a dynamic value used as an instance when it is an int.
class Box:
    def __init__(self, value):
        self.value = value


things = [Box(1), 2]
for thing in things:
    print(thing.value)
