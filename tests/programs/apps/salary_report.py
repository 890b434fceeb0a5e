import math

DATA = """name,dept,salary,bonus
ann,eng,120000,0.1
bob,eng,95000,
cid,ops,70000,0.05
dee,ops,,0.2
eve,sales,88000,0.15
"""


def parse(text):
    rows = []
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for line in lines[1:]:
        fields = line.split(",")
        row = {}
        for key, raw in zip(header, fields):
            if raw == "":
                row[key] = None
            elif key in ("salary",):
                row[key] = int(raw)
            elif key == "bonus":
                row[key] = float(raw)
            else:
                row[key] = raw
        rows.append(row)
    return rows


rows = parse(DATA)
by_dept = {}
for row in rows:
    dept = row["dept"]
    salary = row["salary"]
    if salary is None:
        print("skipping", row["name"], "(no salary)")
        continue
    bonus = row["bonus"] or 0
    total = salary * (1 + bonus)
    by_dept.setdefault(dept, []).append(total)

for dept, totals in sorted(by_dept.items()):
    mean = sum(totals) / len(totals)
    print(f"{dept:<6} n={len(totals)} mean={mean:,.2f} max={max(totals):.1f}")

best = None
best_total = 0
for row in rows:
    s = row["salary"]
    if s is not None and s > best_total:
        best_total = s
        best = row["name"]
print("top earner:", best, best_total)
print(math.floor(best_total / 1000), round(best_total / 7, 3))
