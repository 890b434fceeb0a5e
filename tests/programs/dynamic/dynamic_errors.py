def pick(i):
    options = [1, "s", None, 2.5, True]
    return options[i % 5]


for i in range(5):
    for j in range(5):
        a = pick(i)
        b = pick(j)
        for name, op in [("+", 0), ("-", 1), ("*", 2), ("/", 3), ("//", 4), ("%", 5), ("**", 6), ("<", 7), ("==", 8), ("&", 9)]:
            try:
                if op == 0:
                    r = a + b
                elif op == 1:
                    r = a - b
                elif op == 2:
                    r = a * b
                elif op == 3:
                    r = a / b
                elif op == 4:
                    r = a // b
                elif op == 5:
                    if a == "s":
                        continue
                    r = a % b
                elif op == 6:
                    r = a ** b
                elif op == 7:
                    r = a < b
                elif op == 8:
                    r = a == b
                else:
                    r = a & b
                print(repr(a), name, repr(b), "=", repr(r))
            except (TypeError, ZeroDivisionError) as e:
                print(repr(a), name, repr(b), type(e).__name__ if False else "error:", e)
for v in [pick(0), pick(1), pick(2), pick(3), pick(4)]:
    for k in range(6):
        try:
            if k == 0:
                print(repr(v), int(v))
            elif k == 1:
                print(repr(v), float(v))
            elif k == 2:
                print(repr(v), abs(v))
            elif k == 3:
                print(repr(v), round(v), round(v, 1))
            elif k == 4:
                print(repr(v), str(v))
            else:
                print(repr(v), bool(v))
        except (TypeError, ValueError) as e:
            print(repr(v), "error:", e)
    try:
        print(-v, +v)
    except TypeError as e:
        print("error:", e)
for code in range(4):
    x = pick(code)
    try:
        if code == 0:
            x **= "s"
        elif code == 1:
            x //= None
        elif code == 2:
            x *= 2.5
        else:
            x -= 1
    except TypeError as e:
        print("error:", e)
total = 0
total += pick(1)
