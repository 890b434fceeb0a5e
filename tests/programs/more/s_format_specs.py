for count in [0, 7, -42, 123456789]:
    print(f"{count:>10}|{count:<6}|{count:^9}|{count:+}|{count:,}|{count:08.0f}|{count:x}|{count:#b}")
for number in [0.0, 3.14159, -2.5, 1e10, 1234.5678]:
    value = number * 1.0
    print(f"{value:10.3f}|{value:<10.2e}|{value:g}|{value:%}|{value:+.1f}|{value:,.2f}")
