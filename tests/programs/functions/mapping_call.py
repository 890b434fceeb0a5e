def area(w, h, scale=1):
    return w * h * scale


opts = {"w": 2, "h": 5}
print(area(**opts))
print(area(1, **{"h": 7, "scale": 2}))
print(area(3, h=2, **{"scale": 10}))


def connect(host, port="80", *, timeout="10"):
    return f"{host}:{port} (timeout {timeout})"


settings = {"host": "example.org", "timeout": "3"}
print(connect(**settings))
print(connect("localhost", **{"port": "8080"}))

for bad in [{"w": 1, "h": 2, "depth": 3}, {"h": 2}, {}, {"scale": 2}]:
    try:
        print(area(**bad))
    except TypeError as e:
        print("TypeError:", e)

try:
    area(1, **{"w": 2, "h": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    connect(**{"port": "1"})
except TypeError as e:
    print("TypeError:", e)


def three(a, b, c):
    return a + b + c


try:
    three(**{"b": 1})
except TypeError as e:
    print("TypeError:", e)
print(three(**{"c": "z", "a": "x", "b": "y"}))


def only_kw(a, *, b, c):
    return a * b * c


try:
    only_kw(**{"a": 1})
except TypeError as e:
    print("TypeError:", e)
print(only_kw(2, **{"c": 3, "b": 4}))
area(**{"w": 1, "x": 2})
