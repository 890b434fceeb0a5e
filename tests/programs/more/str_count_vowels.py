def vowels(s):
    return sum(1 for ch in s.lower() if ch in "aeiou")


words = ["Python", "AEIOU", "rhythm", "Ünïcode"]
print([vowels(w) for w in words], max(words, key=lambda w: vowels(w)), sorted(words, key=lambda w: (vowels(w), w)))
