# Text processed as a stream of lines and words.

text = """the quick brown fox
jumps over the lazy dog
the end"""


def lines(s):
    for line in s.split("\n"):
        yield line


def words(ls):
    for line in ls:
        for w in line.split():
            yield w


counts = {}
for w in words(lines(text)):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w.upper() for w in words(lines(text)) if len(w) > 4))
print(len(list(words(lines(text)))))
