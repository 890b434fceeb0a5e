class Temperature:
    SCALE = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            value = -273.15
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def from_fahrenheit(f):
        return Temperature((f - 32) * 5 / 9)

    @staticmethod
    def describe(t):
        return f"{t.celsius:.1f}{Temperature.SCALE}"

    def warmer(self, by):
        return Temperature(self._celsius + by)


t = Temperature(20.0)
print(t.celsius, t.fahrenheit)
t.celsius = 25.0
print(t.celsius, t.fahrenheit)
t.celsius = -500.0
print(t.celsius)
t.celsius += 300
print(Temperature.describe(t), t.describe(t))
u = Temperature.from_fahrenheit(212.0)
print(u.celsius, Temperature.describe(u.warmer(1.5)))
print(Temperature.warmer(u, 2.0).celsius)


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r


class Ring(Circle):
    def __init__(self, r, inner):
        super().__init__(r)
        self.inner = inner

    @property
    def area(self):
        return 3 * (self.r * self.r - self.inner * self.inner)


for shape in [Circle(2), Ring(3, 1)]:
    print(shape.area)
