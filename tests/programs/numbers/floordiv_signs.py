for a in range(-7, 8):
    for b in range(-4, 5):
        if b != 0:
            print(a, b, a // b, a % b)
