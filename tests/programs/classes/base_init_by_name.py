# A base's __init__ called by name, `Base.__init__(self, ...)`, sets the base's attributes.


class Animal:
    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs


class Bird(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, legs=2)
        self.flies = name != "penguin"

    def describe(self):
        return f"{self.name}: {self.legs} legs, flies={self.flies}"


class Dog(Animal):
    def __init__(self, name, good):
        Animal.__init__(self, name)
        self.good = good


for b in (Bird("robin"), Bird("penguin")):
    print(b.describe())
d = Dog("rex", True)
print(d.name, d.legs, d.good)
