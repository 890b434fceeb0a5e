total = 0
count = 3
for i in range(count - 3):
    total += i
print(total)
print(i)
