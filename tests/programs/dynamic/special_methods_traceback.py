class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return self.tag == other.tag


values = [Tagged("a"), 1, "b"]
print(values[0] == Tagged("a"))
print(values.count(Tagged("a")))
print(Tagged("b") in values)
