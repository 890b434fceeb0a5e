# An exception raised in `else` is not caught by the try's own handlers.


def step(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "divide by zero"
    else:
        return str([y][x])
    finally:
        print("step", x)


for x in [0, 1]:
    print(step(x))
try:
    step(2)
except IndexError as e:
    print("outer caught", e)
step(5)
