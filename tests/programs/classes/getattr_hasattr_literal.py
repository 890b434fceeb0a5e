class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound


class Fish:
    def __init__(self, name):
        self.name = name


def describe(animal):
    if hasattr(animal, "speak"):
        return animal.speak()
    return getattr(animal, "name") + " is silent"


d = Dog("rex")
f = Fish("nemo")
print(describe(d), "|", describe(f))
print(getattr(d, "sound"), getattr(f, "sound", "none"), getattr(d, "sound", "none"), hasattr(f, "name"))
setattr(f, "name", "dory")
print(f.name, hasattr(Dog("a"), "bark"))
