def bump(flag):
    if flag:
        n = 10
    n += 1
    return n


print(bump(True))
print(bump(False))
