def safe_div(a, b):
    if b == 0:
        return None
    return a / b


results = [safe_div(10, d) for d in [2, 0, 4]]
print(results, [r for r in results if r is not None])
clean = [r if r is not None else 0 for r in results]
print(clean, sum(clean), max(clean))
values = {}
for i, r in enumerate(results):
    values[i] = r
print(values, sorted(values.items(), key=lambda kv: kv[1] if kv[1] is not None else -1))
pairs = list(zip(["a", "b", "c"], results))
print(pairs)
for name, r in pairs:
    print(f"{name}: {r if r is None else round(r, 2)}")
acc = None
for r in results:
    if r is None:
        continue
    acc = r if acc is None else acc + r
print(acc)
stats = {"count": 0, "total": 0, "label": "x"}
for r in clean:
    stats["count"] += 1
    stats["total"] += r
print(stats, stats["total"] / stats["count"])
