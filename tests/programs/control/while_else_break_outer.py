found = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = i * 10 + j
            break
        j += 1
    else:
        i += 1
        continue
    break
print(found, i)
for a in range(3):
    for b in range(3):
        if a == b == 1:
            print("hit", a, b)
            break
    else:
        print("no hit", a)
