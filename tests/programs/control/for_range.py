for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 8):
    print(i, end=",")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0, 10, 4):
    print(i)
for i in range(3, 3):
    print("never")
else:
    print("empty else")
for i in range(-5, -10, -1):
    print(i)
print("last", i)
