def pick(flag):
    if flag:
        value = "yes"
    else:
        value = "no"
    return value


def loop():
    while True:
        found = 7
        break
    total = 0
    for i in range(3):
        total += i
    return total


print(pick(True), pick(False), loop())
x = 1
def use():
    return x + 1
print(use())
