print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr(""), str(""), repr("ünï"))
