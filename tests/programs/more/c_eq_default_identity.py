class Plain:
    def __init__(self, v):
        self.v = v


a = Plain(1)
b = Plain(1)
c = a
print(a == b, a == c, a is c, a != b, [a, b].count(a), a in [b], a in [c])
