# Non-ASCII text as dict keys, in sets, sorted, counted and reversed.
words = ["ćevapi", "zürich", "ábc", "abc", "日本", "ümlaut", "Zebra", "éclair"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
counts = {}
for w in words + ["日本", "zürich"]:
    counts[w] = counts.get(w, 0) + 1
print(counts, counts["日本"], "ümlaut" in counts)
print({w[0] for w in words} == {w[0] for w in words}, len({w[0] for w in words}))
print([w[::-1] for w in words], [len(w) for w in words], "|".join(w.upper() for w in words))
