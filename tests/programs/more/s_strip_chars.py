print("xxhixx".strip("x"), "..a.b..".lstrip("."), "..a.b..".rstrip("."), "abcba".strip("ab"))
print(repr("  \t\n text \n".strip()), repr("\u00a0 nbsp \u00a0".strip()), "www.example.com".strip("cmowz."))
