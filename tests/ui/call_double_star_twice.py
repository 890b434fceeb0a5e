from functools import wraps


def f(a, b):
    return a + b


x = {"a": 1}
y = {"b": 2}
print(f(**x, **y))
