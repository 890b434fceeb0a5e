x = 10
print("start")
y = x % 0
print("unreachable")
