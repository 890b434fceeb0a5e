# Tables with str methods and format specs: ljust/rjust/center and f-string alignment.
rows = [("Name", "Qty", "Price"), ("apple", "3", "1.25"), ("banana", "12", "0.5"), ("kiwi", "7", "3.0")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join([r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].center(widths[2])]))
print("-" * (sum(widths) + 6))
for name, qty, price in rows[1:]:
    print(f"{name:>8}|{int(qty):^5}|{float(price):<8.3f}|{float(price) * int(qty):>+8.2f}")
print(f"{'total':*^20}", f"{1234567.891:,.2f}", f"{0.00012:.2e}", f"{255:#010x}", f"{-42:08d}")
