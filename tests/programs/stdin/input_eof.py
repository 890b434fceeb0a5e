total = 0
while True:
    line = input("> ")
    total += int(line)
    print("total", total)
