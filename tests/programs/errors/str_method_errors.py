def attempt(which):
    if which == 0:
        return "abc".index("z")
    if which == 1:
        return len("a b".split(""))
    if which == 2:
        return len("abc".center(9, "ab"))
    return "abc".rindex("c", 0, 2)


print("abc".rindex("c"))
attempt(3)
