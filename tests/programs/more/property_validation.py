class Temperature:
    def __init__(self, kelvin):
        self._k = kelvin

    @property
    def kelvin(self):
        return self._k

    @kelvin.setter
    def kelvin(self, value):
        self._k = max(0.0, value)

    @property
    def celsius(self):
        return self._k - 273.15


t = Temperature(300.0)
print(round(t.celsius, 2))
t.kelvin = -5.0
print(t.kelvin, round(t.celsius, 2))
t.kelvin += 10.0
print(t.kelvin)
