class Plain:
    def __init__(self, x):
        self.x = x


print(Plain(1))
