total = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        total += i * j
    else:
        print("never breaks at", i)
print(total)
for i in range(3):
    for j in range(3):
        pass
    else:
        print("inner done", i)
n = 0
while n < 3:
    for m in range(5):
        if m == 2:
            break
    else:
        print("no")
    n += 1
print(n, m)
