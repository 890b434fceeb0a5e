def noisy(tag):
    print(tag)
    return tag


print(dict.fromkeys(noisy("ab"), noisy(0)))
