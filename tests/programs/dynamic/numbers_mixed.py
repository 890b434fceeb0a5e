def average(values):
    total = 0
    for v in values:
        total += v
    if not values:
        return 0
    return total / len(values)


print(average([1, 2, 3]), average([]), average([0.5, 1.5]))

balance = 100
for rate in [0.05, 0.02]:
    balance = balance * (1 + rate)
    print(f"{balance:.2f}", round(balance, 2))

x = 7
print(x // 2, x % 3, x ** 2)
x = x / 2
print(x, x // 2, x % 3, x ** 2, -x, +x, abs(x))
y = 3
y = y * 1.0 if y > 5 else y
print(y, type(y).__name__ if False else "int?", y == 3, y == 3.0, y != 3)

prices = {"apple": 1, "pear": 2.5, "fig": 3}
total = 0
for name, price in prices.items():
    total += price
    print(name, price, price * 2, price > 2)
print(total, f"{total:>8.3f}|{total!r}|{total:e}")
print(sum(prices.values()), max(prices.values()), min(prices.values()))
print(sorted(prices.values()), sorted(prices.values(), reverse=True))
print(int(total), float(prices["apple"]), str(prices["pear"]) + "!")

flag = True
flag = 2
print(flag + True, True + flag, flag & 3, flag | 1, flag ^ 6, flag << 2, flag >> 1)

n = 0
for i in range(5):
    if i % 2:
        n += i
    else:
        n += 0.25
print(n)

try:
    v = 0
    if n > 100:
        v = 1.5
    print(10 / v)
except ZeroDivisionError as e:
    print("error:", e)
try:
    w = 0.0
    if n > 100:
        w = 2
    print(10 // w)
except ZeroDivisionError as e:
    print("error:", e)
