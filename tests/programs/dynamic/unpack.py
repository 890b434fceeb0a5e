# Unpacking a dynamic value (a str, a list or a dict, decided when it runs) into targets:
# what iterating it gives, with CPython's errors for the wrong number or type.
rows = [["ann", 31], "xy", {"k": 1, "j": 2}, [1, [2, 3]]]
for row in rows:
    first, second = row
    print(first, second)
pairs = {"a": [1, "one"], "b": [2, "two"]}
for key, value in pairs.items():
    number, word = value
    print(key, number * 2, word.upper())
for bad in [[1, 2, 3], "x", 5, None]:
    try:
        a, b = bad
        print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nested = [[1, [2, 3]], [4, [5, 6]]]
for x, (y, z) in nested:
    print(x + y + z)
