# An exception travels through a chain of method calls on different objects.


class Engine:
    def start(self, fuel):
        if fuel <= 0:
            raise RuntimeError("no fuel")
        return "vroom"


class Car:
    def __init__(self):
        self.engine = Engine()

    def drive(self, fuel):
        return self.engine.start(fuel) + "!"


class Driver:
    def __init__(self, car):
        self.car = car

    def commute(self, fuel):
        try:
            return self.car.drive(fuel)
        except RuntimeError as e:
            return f"stuck: {e}"


d = Driver(Car())
print(d.commute(3))
print(d.commute(0))
print(Car().drive(0))
