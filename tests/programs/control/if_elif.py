def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in range(-2, 12, 4):
    print(n, classify(n))
x = 7
print("odd" if x % 2 else "even")
print("big" if x > 100 else "mid" if x > 5 else "small")
