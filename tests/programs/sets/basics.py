s = set()
print(len(s), 3 in s, bool(s))
for i in range(100):
    s.add(i * 7 % 50)
print(len(s), 49 in s, 50 in s, 0 in s)
s.remove(49)
s.discard(1000)
s.discard(0)
print(len(s), 49 in s, 0 in s)
words = {"a", "b", "a"}
words.add("é")
print(len(words), "a" in words, "c" in words, "é" in words)
pairs = {(1, "x"), (2, "y")}
print((1, "x") in pairs, (1, "y") in pairs, len(pairs))
big = set()
for i in range(20000):
    big.add(i)
for i in range(0, 20000, 2):
    big.remove(i)
print(len(big), 3 in big, 4 in big)
floats = {0.0, 1.5}
print(-0.0 in floats, 1.5 in floats)
