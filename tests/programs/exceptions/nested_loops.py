# try statements in nested loops: break and continue from handlers and finally blocks.

grid = [[1, 2, 0], [4, 0, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        try:
            q = 100 // value
        except ZeroDivisionError:
            print("zero at", r, c)
            continue
        finally:
            print("visited", r, c)
        if q < 20:
            print("small quotient, next row")
            break
        print("quotient", q)

found = -1
for i in range(10):
    try:
        if i * i > 20:
            found = i
            break
    finally:
        print("checked", i)
print("found", found)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError(attempts)
    except ValueError as e:
        print("retry after", e)
        continue
    else:
        print("succeeded on", attempts)
        break
    finally:
        print("attempt", attempts, "done")
