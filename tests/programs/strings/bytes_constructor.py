print(bytes(), bytes(3), bytes([72, 105]), bytes((1, 2)), bytes(range(65, 70)), bytes("é", "utf-8"))
print(bytes(x * 2 for x in range(40, 43)), bytes(b"ab"), bytes({7}))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
