# An exception raised in __init__: no object is made, the caller handles it.


class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius

    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


readings = [20.0, -300.0, 37.5]
converted = []
for r in readings:
    try:
        converted.append(Temperature(r).fahrenheit())
    except ValueError as e:
        print("bad reading:", e)
print(converted)
Temperature(-500.0)
