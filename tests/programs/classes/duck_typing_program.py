class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name}: {self.sound}"


class Dog(Animal):
    sound = "woof"


class Robot:
    def __init__(self, model):
        self.name = "unit-" + str(model)

    def speak(self):
        return f"{self.name}: beep"


things = [Dog("rex"), Animal("generic"), Robot(7)]
by_name = {}
for t in things:
    by_name[t.name] = t
    print(t.speak())
print(sorted(by_name))
loudest = None
for name in sorted(by_name):
    thing = by_name[name]
    if loudest is None or len(thing.speak()) > len(loudest.speak()):
        loudest = thing
print(loudest.name, isinstance(loudest, Animal), type(loudest).__name__)
talkers = []
print(len(talkers))
mixed = [1, "two", 3.0, [4, 5], None, True]
kinds = {}
for m in mixed:
    kinds.setdefault(type(m).__name__, []).append(m)
print(kinds)
print([m for m in mixed if m], [bool(m) for m in mixed])
print(sorted([3, 1.5, True, 2]), sorted(["b", "a"]), min(1, 2.0), max([0.5, 1, False]))
