class Box:
    def __init__(self):
        self.items = [1]
        self.count = 0
        self.name = "b"


box = Box()
alias = box.items
box.items += [2, 3]
box.count += 5
box.name += "ox"
print(alias, box.items, box.count, box.name)
table = {"xs": [1]}
xs = table["xs"]
table["xs"] += [4]
print(xs, table)
rows = [[0], [1]]
row = rows[1]
rows[1] += [9]
print(row, rows)
total = 0
for i in range(5):
    total += i
text = "a"
text += "b" * 2
pair = (1, 0)
pair = pair[:1] + (2,)
print(total, text, pair)
counts = {"a": 1}
counts["a"] += 1
print(counts)
lst = [1]
same = lst
lst += lst
print(same)
