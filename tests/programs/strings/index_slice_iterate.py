s = "hello, wörld ✓ 😀!"
print(s[0], s[-1], s[7], s[8], s[13], s[15], len(s))
print(s[::-1], s[2:9], s[::2], s[-5:], s[:3] + s[3:], s[5:1:-1], repr(s[100:]))
for ch in "aé✓😀":
    print(ch, ord(ch), end=" ")
print()
print([c for c in "abc"], list("xyz"))
word = "racecar"
print(word == word[::-1], "abc"[1:2], "abcdef"[::3], "abcdef"[-2::-2])
count = 0
for i, c in enumerate("banana"):
    if c == "a":
        count += i
print(count)
vowels = sum(1 for c in "the quick brown fox" if c in "aeiou")
print(vowels)
def at(i):
    return "abc"[i]
print(at(3))
