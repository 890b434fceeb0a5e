i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print(i)
else:
    print("done", i)
j = 0
while True:
    j += 1
    if j > 4:
        break
print("j", j)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        break
else:
    print("never")
print(k)
