squares = [n * n for n in range(8)]
evens = [s for s in squares if s % 2 == 0]
print(len(squares), squares[7], len(evens), evens[-1])
table = [[row * col for col in range(1, 4)] for row in range(1, 4)]
print(table[2][2], table[0][1], len(table))
flat = [v for row in table for v in row if v > 2]
print(len(flat), flat[0], flat[-1])
words = ["apple", "fig", "banana", "kiwi"]
short = [(i, w) for i, w in enumerate(words) if len(w) < 5]
for i, w in short:
    print(i, w, len(w))
n = 10
shadow = [n for n in range(3)]
print(n, shadow[-1])
pairs = [(a, b) for a in range(3) for b in range(a)]
for a, b in pairs:
    print(a, b)
lengths = [len(w) * 1.5 for w in words]
print(lengths[2])

