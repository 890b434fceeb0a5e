def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed")


def make():
    return numbers(3)


pending = [numbers(2)]
g = numbers(4)
h = g
print(next(numbers(5)))
print(list(make()))
