def show(n):
    return f"value: {10 // n}"


print(show(2))
print(show(0))
