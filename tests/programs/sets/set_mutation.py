seen = set()
order = []
for word in ["b", "a", "b", "c", "a", "d"]:
    if word not in seen:
        seen.add(word)
        order.append(word)
print(" ".join(order), len(seen))
pairs = set()
for i in range(5):
    for j in range(5):
        pairs.add((min(i, j), max(i, j)))
print(len(pairs), (1, 3) in pairs, (3, 1) in pairs)
for i in range(5):
    pairs.discard((i, i))
print(len(pairs))
