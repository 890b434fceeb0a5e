n = 255
print(int(n, 16))
