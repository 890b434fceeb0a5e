def last(n):
    for i in range(n):
        pass
    return i


print(last(3))
print(last(0))
