class Player:
    def __init__(self, name):
        self.name = name
        self.score = 0
        self.tags = []

    def __repr__(self):
        return f"Player({self.name}, {self.score}, {self.tags})"


class Bot:
    def __init__(self, level):
        self.name = "bot" + str(level)
        self.score = 0.5 * level
        self.tags = ["auto"]

    def __repr__(self):
        return f"Bot({self.name}, {self.score}, {self.tags})"


everyone = [Player("ann"), Bot(2), Player("bob")]
for round_no in range(3):
    for p in everyone:
        p.score += round_no + 1
        if round_no == 2:
            p.name = p.name.upper()
            p.tags += ["r3"]
print(everyone)
print([p.score for p in everyone], sum(p.score for p in everyone))
