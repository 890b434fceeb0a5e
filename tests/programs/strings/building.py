# Building strs: join, repetition, concatenation in loops, f-strings with padding.
rows = []
for i in range(1, 6):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
print("\n".join(rows))
line = ""
for ch in "abc":
    line += ch * 3 + "|"
print(line, line.rstrip("|"), line.split("|"), "-" * 20)
table = [("name", 0), ("apple", 3), ("kiwi", 12)]
for a, b in table[1:]:
    print(f"{a:<8}|{b:>4}|{b:04d}|{a!r:>10}|{a.upper():^9}|")
