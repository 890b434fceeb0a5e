# An exception raised three frames deep, through a method and a constructor, uncaught.


class Parser:
    def __init__(self, text):
        self.fields = text.split(",")
        self.check()

    def check(self):
        n = len(self.fields)
        if n < 3:
            raise ValueError(f"expected 3 fields, got {n}")

    def field(self, i):
        return self.fields[i]


def load(text):
    parser = Parser(text)
    return parser.field(0)


print(load("a,b,c"))
print(load("a,b"))
