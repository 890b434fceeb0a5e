counter = 0
history = []


def bump(by):
    global counter
    counter += by
    history.append(counter)
    return counter


for i in range(1, 5):
    bump(i)
print(counter, history, sum(history))
