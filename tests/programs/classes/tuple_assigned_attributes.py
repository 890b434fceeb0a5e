class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Particle:
    def __init__(self, pos, vel):
        self.pos, self.vel = pos, vel
        self.steps = self.age = 0

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1


p = Particle(Vec(0, 0), Vec(1, 2))
for _ in range(3):
    p.step()
print(p.pos, p.steps, p.age)
