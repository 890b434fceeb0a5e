# zip(*rows): columns are tuples (of values of several types where the rows mix them), and
# a tuple indexed by a value known only when it runs gives the join of its element types.
people = [("ann", 30, 1.5), ("bob", 25, 2.0), ("cy", 41, 0.5)]
names, ages, scores = zip(*people)
print(names, ages, scores)
print(list(zip(*people)), sum(ages), max(scores), sorted(names, reverse=True))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
record = ("id", 7, True)
for i in range(len(record)):
    print(i, record[i], record[-1 - i])
try:
    print(record[len(record) + 2])
except IndexError as e:
    print("IndexError:", e)
