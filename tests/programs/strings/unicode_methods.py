# Methods on text beyond ASCII: lengths and indices count code points.
s = "Ünïcödé straße ΣΟΦΙΑ привет 日本語 😀!"
print(len(s), s.lower(), s.upper(), s.title(), s.swapcase())
print(s.find("straße"), s.index("日"), s.count("é"), s.split(" "), s[::-1])
print(s.startswith("Ün"), s.endswith("😀!"), s.replace("ß", "ss"), s.center(44, "·"))
for word in s.split():
    print(word, len(word), word.isalpha(), word.isupper(), word.islower(), word[0], word[-1])
print("ΟΔΟΣ ΟΔΟΣ".lower(), "ΣΑΣ".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower())
