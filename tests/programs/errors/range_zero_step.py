step = 0
for i in range(0, 10, step):
    print(i)
