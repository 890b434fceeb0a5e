# list operations that raise, caught one by one.

xs = [1, 2, 3]
attempts = 0
for op in ["index", "remove", "pop", "get", "set", "insert"]:
    attempts += 1
    try:
        if op == "index":
            print(xs.index(7))
        elif op == "remove":
            xs.remove(9)
        elif op == "pop":
            print([].pop())
        elif op == "get":
            print(xs[3])
        elif op == "set":
            xs[-4] = 0
        else:
            xs.insert(100, 4)
            print("insert past the end appends:", xs)
    except (IndexError, ValueError) as e:
        print(op, type(e).__name__, e)
print(attempts, xs)
