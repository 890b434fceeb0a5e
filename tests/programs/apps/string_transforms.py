# Caesar cipher, run-length encoding, palindromes, anagram groups.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def rle(text):
    if not text:
        return ""
    parts = []
    run = 1
    for prev, cur in zip(text, text[1:]):
        if cur == prev:
            run += 1
        else:
            parts.append(f"{run}{prev}")
            run = 1
    parts.append(f"{run}{text[-1]}")
    return "".join(parts)


def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]


secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3), rle("aaabccddddde"), rle(""), rle("z"))
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"]])
groups = {}
for word in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    key = "".join(sorted(word))
    groups.setdefault(key, []).append(word)
print(sorted(groups.values(), key=lambda g: (-len(g), g[0])))
