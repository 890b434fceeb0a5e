# Exceptions as control flow in loops: retries, skipping bad records, counting failures.

records = ["10", "x", "25", "", "7", "3.5", "-4"]
total = 0
bad = 0
for r in records:
    try:
        total += int(r)
    except ValueError:
        bad += 1
        continue
    print("ok", r)
print("total", total, "bad", bad)

attempts = 0
value = 0
while value == 0:
    attempts += 1
    try:
        if attempts < 4:
            raise ValueError(f"attempt {attempts} failed")
        value = attempts * 10
    except ValueError as e:
        print(e)
print("value", value, "after", attempts)


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")


print([safe_div(1, b) for b in [1, 0, 4, 0]])

errors = {}
for x in range(-3, 4):
    try:
        y = 12 // x
        z = [0, 1, 2][y]
        print(x, y, z)
    except (ZeroDivisionError, IndexError) as e:
        name = type(e).__name__
        errors[name] = errors.get(name, 0) + 1
print(errors)

count = 0
for i in range(100000):
    try:
        if i % 7 == 0:
            raise KeyError(i)
        count += 1
    except KeyError:
        count -= 1
print(count)
