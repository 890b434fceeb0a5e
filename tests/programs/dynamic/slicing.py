# Slicing a dynamic value: the str, list or tuple it is when it runs, sliced as CPython slices it.
values = ["héllo", [1, "two", 3.0, None], (1, 2, 3, 4), {"k": 1}, 7]
for v in values:
    try:
        print(v[1:], v[::-1], v[:2], v[1:-1:2], v[-2:], v[5:])
    except TypeError as e:
        print("TypeError:", e)
args = ["prog", "--verbose", 3]
print(args[1:], len(args[1:]), args[:0])
try:
    print(values[2][::0])
except ValueError as e:
    print("ValueError:", e)
