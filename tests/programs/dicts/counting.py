# Grouping and counting with dicts of lists and dicts of ints.
words = "apple avocado banana blueberry cherry cranberry date".split()
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
for letter in sorted(by_letter):
    print(letter, by_letter[letter], len(by_letter[letter]))
lengths = {w: len(w) for w in words}
longest = max(lengths.values())
print([w for w in words if lengths[w] == longest], sum(lengths.values()))
inverse = {}
for w, n in lengths.items():
    inverse[n] = inverse.get(n, 0) + 1
print(sorted(inverse.items()))
