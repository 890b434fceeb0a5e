class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak() + "!"


zoo = [Dog("rex"), Cat("tom"), Animal("it")]
for a in zoo:
    print(a.speak())
print(sorted(a.name for a in zoo), [type(a).__name__ for a in zoo])
