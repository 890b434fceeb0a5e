def build(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            out.append([i, str(i), [i * 0.5]])
        elif i % 3 == 1:
            out.append(i * 1.5)
        else:
            out.append(None)
    return out


total = 0
for round_no in range(30):
    data = build(200)
    for item in data:
        if isinstance(item, list):
            total += item[0] + len(item[1]) + item[2][0]
        elif item is not None:
            total += item
print(total)
