for s in ["42", "-7", "  12  ", "+3", "0"]:
    print(repr(s), int(s), float(s), str(int(s)) == s.strip().lstrip("+") or s.strip() == "+3")
print(int(3.99), int(-3.99), round(3.5), round(4.5), float(7), str(7.0), bool(""), bool("0"))
