names = ["ann", "bob", "cy"]
ages = [31, 42, 27, 99]
for name, age in zip(names, ages):
    print(name, age)
pairs = list(zip(names, ages))
print(pairs, len(pairs))
print(list(reversed(names)), [x * 2 for x in reversed(ages)])
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
d = {"x": 1, "y": 2}
print(list(zip(d, names)), list(reversed(d)))
print(sum(a * b for a, b in zip(ages, ages)))
print(len(set([3, 1, 3])), 3 in set(ages))
uniq = set(n[0] for n in names)
print(len(uniq))
triples = list(zip(names, ages, [True, False, True]))
print(triples)
