class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."

    def speak(self):
        return self.name + " says " + self.sound()


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def sound(self):
        return super().sound() + "!" * self.age


class Cat(Animal):
    def sound(self):
        return "meow"


pets = [Dog("rex"), Cat("tom"), Puppy("bit", 3), Animal("x")]
for pet in pets:
    print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
loudest = max(pets, key=lambda p: len(p.sound()))
print(loudest.name)
dogs = [p for p in pets if isinstance(p, Dog)]
print(len(dogs), dogs[-1].name)
