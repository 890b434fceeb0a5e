for s in ["Hello", "WORLD", "abc123", "123", "   ", "", "Title Case Text", "ÉCOLE", "straße"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.swapcase())
