a = b = []
a.append(1)
b.append(2)
print(len(a), len(b), a is b, a[1])
grid = [[0] * 3] * 2
grid[0][1] = 5
print(grid[1][1], grid[0] is grid[1])
rows = [[0] * 3 for _ in range(2)]
rows[0][1] = 5
print(rows[1][1], rows[0] is rows[1])


def fill(target, n):
    for i in range(n):
        target.append(i * i)
    return target


out = []
same = fill(out, 4)
print(len(out), same is out, out[-1])
words = ["é", "naïve", "日本"]
for w in words:
    print(w, len(w))
words[1] = words[1] + "!"
print(words[1], len(words[1]), "日" in words[2])
