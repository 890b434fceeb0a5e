class Dog:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says woof"

    def __repr__(self):
        return f"Dog({self.name!r})"


class Cat:
    def __init__(self, name, lives=9):
        self.name = name
        self.lives = lives

    def speak(self):
        return f"{self.name} says meow ({self.lives} lives)"

    def __repr__(self):
        return f"Cat({self.name!r})"


class Robot:
    def speak(self):
        return "beep"

    def __str__(self):
        return "<robot>"

    def __repr__(self):
        return "Robot()"


pets = [Dog("rex"), Cat("tom"), Robot()]
for p in pets:
    print(p.speak(), p)
print(pets)
best = None
for p in pets:
    if isinstance(p, Cat):
        best = p
print(best, best is None, type(best).__name__)
chosen = pets[0] if len(pets) > 5 else pets[1]
print(chosen.speak(), repr(chosen), f"{chosen}")
