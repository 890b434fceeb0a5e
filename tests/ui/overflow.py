def grow(n):
    return n * n


print(grow(3037000500))
