print("tab\tsep", "new\nline", "quote\"s", 'single\'s', "back\\slash")
print("unicode: \u00e9 \u4e2d \U0001F600", len("\U0001F600"), len("\u4e2d\u6587"))
print(repr("\x00\x1f\x7f"), repr("\u00e9"))
print('''triple
quoted''')
print("implicit" " concat" ' works')
