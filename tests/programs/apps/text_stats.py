# Text statistics: sentences, word lengths, letter frequencies, the longest words.
text = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump? Sphinx of black quartz, judge my vow."""
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
words = [w.strip(",.!?").lower() for w in text.split()]
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, len(letters), all(c in letters for c in "abcdefghijklmnopqrstuvwxyz"))
longest = max(words, key=lambda w: len(w))
print(longest, sorted(sorted(set(words)), key=lambda w: -len(w))[:4])
print(" ".join(w.capitalize() for w in sentences[0].split()))
