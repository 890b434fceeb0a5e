stack = []
for token in "3 4 + 2 * 7 -".split():
    if token in ("+", "-", "*"):
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if token == "+" else a - b if token == "-" else a * b)
    else:
        stack.append(int(token))
print(stack)
queue = list(range(5))
while len(queue) > 1:
    queue.append(queue.pop(0) + queue.pop(0))
print(queue)
