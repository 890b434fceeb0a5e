# Text tools: a Caesar cipher, a palindrome test, splitlines with enumerate(start), a tiny
# CSV parsed with starred unpacking and dict(zip(...)).
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def word_lengths(sentence):
    return {w: len(w) for w in sentence.split()}


msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
print(word_lengths("the cat sat"))
lines = """first line
second line

fourth""".splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line!r}")
print(sum(1 for l in lines if l), max(lines, key=len))
csv = "name,age\nann,30\nbob,25"
rows = [r.split(",") for r in csv.split("\n")]
header, *body = rows
print(header, [dict(zip(header, r)) for r in body])
