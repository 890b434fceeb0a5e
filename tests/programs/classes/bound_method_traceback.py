# A traceback through a call of a bound method: no frame of its own.

class Parser:
    def __init__(self, text):
        self.text = text

    def number(self, i):
        return int(self.text[i])


p = Parser("12x")
read = p.number
print(read(0) + read(1))
print(read(2))
