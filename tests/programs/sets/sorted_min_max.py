s = {5, 3, 9, 1}
print(sorted(s), min(s), max(s), sum(s), any(s), all(s), sorted({'b', 'a'}, reverse=True), sorted(set()))
words = set('the cat and the hat'.split())
print(sorted(words), len(words))
