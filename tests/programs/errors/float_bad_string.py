print(float("1e5"))
print(float("1e5x"))
