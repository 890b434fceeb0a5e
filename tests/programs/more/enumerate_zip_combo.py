names = ["ann", "bob", "cy"]
scores = [90, 75, 82]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(rank, name, score)
print(list(enumerate(names, 10)), [n * s for n, s in zip([1, 2, 3], scores)])
