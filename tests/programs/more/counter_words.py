from collections import Counter
text = "it was the best of times it was the worst of times"
c = Counter(text.split())
print(c.most_common(3), c["times"], c["nothing"], len(c), sum(c.values()))
letters = Counter(ch for ch in text if ch != " ")
print(letters.most_common(4))
