import random

values = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in values), len(set(values)) > 990)
rolls = [random.randint(1, 6) for _ in range(600)]
print(min(rolls), max(rolls), all(rolls.count(face) > 40 for face in range(1, 7)))
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)))
print(random.choice(["heads", "tails"]) in ("heads", "tails"))
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
print(first == [random.random() for _ in range(3)])
