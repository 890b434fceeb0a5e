# str operations that raise, and their messages.

text = "hello"
for i in [1, 10, -6]:
    try:
        print(text[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    print(text.index("z"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("a,b".split(""))
except ValueError as e:
    print("ValueError:", e)
try:
    print(ord("ab"))
except TypeError as e:
    print("TypeError:", e)
print("done")
