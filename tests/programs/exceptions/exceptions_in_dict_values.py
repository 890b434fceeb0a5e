# Error messages gathered in a dict, counted by type name, printed in order.

inputs = ["10", "0", "abc", "5", "", "-2"]
errors = {}
results = []
for text in inputs:
    try:
        n = int(text)
        results.append(100 // n)
    except (ValueError, ZeroDivisionError) as e:
        kind = type(e).__name__
        errors.setdefault(kind, []).append(str(e))
print(results)
for kind in sorted(errors):
    print(kind, len(errors[kind]))
    for message in errors[kind]:
        print("  ", message)
