d = {}
for word in "one two three two one two".split():
    d.setdefault(word, 0)
    d[word] += 1
print(d, d.setdefault("four", 4), d)
