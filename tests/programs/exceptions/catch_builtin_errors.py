# Errors that built-in operations raise, caught by class, by a tuple, and by a bare except.


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("not a number:", e)
        return 0


print(parse("42"), parse("4x2"), parse(""))

ages = {"ada": 36, "alan": 41}
for name in ["ada", "grace", "alan"]:
    try:
        print(name, ages[name])
    except KeyError as e:
        print("no age for", e)

items = [3, 1, 4]
for i in [0, 2, 3, -4]:
    try:
        print("item", i, items[i])
    except IndexError as e:
        print("index", i, "->", e)

for d in [2, 0, -3]:
    try:
        print(7 // d, 7 % d)
    except ZeroDivisionError as e:
        print("division:", e)
    try:
        print(7.5 / d)
    except ZeroDivisionError as e:
        print("float division:", e)

for text in ["1.5", "nan", "one"]:
    try:
        print(float(text))
    except (TypeError, ValueError) as e:
        print(f"float({text!r}) failed: {e}")

try:
    [].pop()
except:
    print("bare except caught it")

try:
    print("abc".index("z"))
except ValueError as e:
    print(type(e).__name__, e.__class__.__name__, str(e))

stack = []
try:
    stack.remove(3)
except ValueError as e:
    print("remove:", e)

try:
    print(10.0 ** 400)
except OverflowError as e:
    print("overflow:", e)
