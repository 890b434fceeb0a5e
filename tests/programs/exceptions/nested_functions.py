# Exceptions through nested functions and lambdas used as keys.


def outer(values):
    def parse(text):
        try:
            return int(text)
        except ValueError:
            return 0

    def checked(text):
        n = parse(text)
        if n < 0:
            raise ValueError(f"negative: {n}")
        return n

    total = 0
    for v in values:
        try:
            total += checked(v)
        except ValueError as e:
            print("skip", e)
    return total


print(outer(["3", "x", "-2", "10"]))
words = ["bb", "a", "ccc"]
try:
    print(sorted(words, key=lambda w: 10 // (len(w) - 1)))
except ZeroDivisionError as e:
    print("key failed:", e)
print(sorted(words, key=lambda w: -len(w)))
