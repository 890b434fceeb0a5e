def area(w, h, scale=1):
    return w * h * scale


dims = [3, 4]
print(area(*dims))
print(area(2, *[5]))
print(area(*[2, 2, 5]))
print(area(*dims, scale=10))


def greet(greeting, name):
    return greeting + ", " + name


words = "hello world".split()
print(greet(*words))

for args in [[1], [1, 2, 3, 4], []]:
    try:
        print(area(*args))
    except TypeError as e:
        print("TypeError:", e)

try:
    print(area(*[1, 2], h=3))
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled(self, a, b=2):
        return self.w * a + self.h * b


b = Box(*[2, 3])
print(b.w, b.h, b.scaled(10), b.scaled(1, 1))
f = area
print(f(*[1, 2]))
area(*[1, 2, 3, 4])
