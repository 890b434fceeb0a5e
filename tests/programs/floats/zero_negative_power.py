def inverse_square(n):
    return n ** -2


print(inverse_square(4))
print(inverse_square(0))
