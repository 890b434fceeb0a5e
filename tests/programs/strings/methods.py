s = "  Hello, World!  foo\tbar\n"
for w in s.split():
    print(w, w.lower(), w.upper(), w.swapcase(), w.capitalize(), w.strip(",!"))
print("|" + s.strip() + "|", "|" + s.lstrip() + "|", "|" + s.rstrip() + "|")
print("a,b,,c".split(","), len("a,b,,c".split(",", 1)))
for p in "a,b,,c".rsplit(",", 2):
    print(p)
for p in "  a b  c  ".rsplit(None, 1):
    print("[" + p + "]")
print("hello world".title(), "they're bill's".title(), "ß straße".upper(), "ß".title())
print("ΣΑΣ ΟΔΟΣ".lower(), "Ünïcödé".lower(), "éa".upper(), "привет".upper())
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("z"), "abcabc".count("b"), "aaaa".count("aa"), "abc".count(""))
print("héllo".find("l"), "héllo".index("o"), "héllo".find("l", 3), "abc".find("", 5), "abc".find("", 3))
print("abc".startswith("ab"), "abc".endswith(("x", "bc")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "abc".replace("", "."), "abc".replace("", ".", 2))
print("42".zfill(5), "-42".zfill(5), "x".center(4, "*"), "x".center(5), "ab".ljust(5, "."), "ab".rjust(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "".isdigit(), " \t".isspace(), "ABC".isupper(), "abC".islower(), "Hello World".istitle())
print("line1\nline2\r\nline3\rend".splitlines(), "a\nb\n".splitlines(True))
print("x".join("a b c".split()))
