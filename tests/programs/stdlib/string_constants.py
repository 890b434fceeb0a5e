text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

import string

words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<10}{n:>3} {'#' * n}")
lines = text.splitlines()
print(max(lines, key=len)[:20], [len(l.split()) for l in lines])
caps = " ".join(w.capitalize() for w in words[:6])
print(caps, caps.swapcase())
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, len(set(words)), sorted(set(words))[:4])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(acronym)), acronym.center(9, "."))
print(string.ascii_lowercase[:5], string.digits, len(string.ascii_letters))
from string import punctuation, whitespace as ws
import string as s
print(punctuation, repr(ws), s.printable == s.digits + s.ascii_letters + punctuation + ws, s.hexdigits, s.octdigits, s.ascii_uppercase)
