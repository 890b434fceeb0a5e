try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("caught", e)
b"\xff".decode()
