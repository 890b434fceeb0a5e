count = 0
def bump():
    global count
    count += 1
def get():
    return count
for i in range(5):
    bump()
print(count, get())
total = 0
def add(n):
    global total
    total = total + n
    return total
print(add(3), add(4), total)
