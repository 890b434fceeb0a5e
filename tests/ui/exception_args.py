try:
    int("x")
except ValueError as e:
    print(e.args)
