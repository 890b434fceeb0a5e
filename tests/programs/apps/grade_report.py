students = [
    {"name": "Ann", "grades": [90, 85.5, 77], "advisor": "Lee"},
    {"name": "Bob", "grades": [], "advisor": None},
    {"name": "Cy", "grades": [60, 70], "advisor": "Ng"},
]


def average(grades):
    if not grades:
        return None
    return sum(grades) / len(grades)


report = []
for s in students:
    avg = average(s["grades"])
    status = "n/a" if avg is None else ("pass" if avg >= 65 else "fail")
    advisor = s["advisor"] or "(none)"
    report.append((s["name"], avg, status, advisor))

for name, avg, status, advisor in report:
    shown = "-" if avg is None else f"{avg:.2f}"
    print(f"{name:<4} {shown:>6} {status:<5} {advisor}")

best = max((r for r in report if r[1] is not None), key=lambda r: r[1])
print("best:", best[0], round(best[1], 1))
counts = {}
for _, _, status, _ in report:
    counts[status] = counts.get(status, 0) + 1
print(counts)
matrix = [[1, 2.5], [3, 4]]
for row in matrix:
    row.append(sum(row))
print(matrix, [max(r) for r in matrix])
