# Wrapping and justifying text with str methods.
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


text = "The quick brown fox jumps over the lazy dog and keeps running far away into the hills"
for width in (20, 30):
    lines = wrap(text, width)
    for line in lines:
        print("|" + justify(line, width) + "|")
    print(len(lines), max(len(l) for l in lines))
