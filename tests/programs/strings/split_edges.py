# split and strip at the edges: empty strs, separators at both ends, maxsplit, whitespace
# beyond ASCII.
cases = ["", "   ", "a", " a ", "a  b", "\u3000x\u00a0y\u2028z\x1c", ",a,,b,", "ab" * 5]
for s in cases:
    print(repr(s), s.split(), s.split(","), s.rsplit(None, 1), s.split(None, 0), s.split(",", 1))
    print(repr(s.strip()), repr(s.lstrip(" a")), repr(s.rstrip(",b")), s.splitlines())
print("x".split("x"), "xx".split("x"), "axbxc".rsplit("x", 1), "axbxc".split("x", 0))
print("ééé".split("é"), "aéb".partition("é"), "naïve café".title())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[::2], " ".join(w.capitalize() for w in words))
print([w.center(7, "-") for w in words[:3]], [w.zfill(6) for w in ["1", "+1", "-12", "abcdefg"]])
for bad in ["", "é"]:
    print(repr(bad), bad.isalpha(), bad.isupper(), bad.islower(), bad.istitle(), bad.isspace())
