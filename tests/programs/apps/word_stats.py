words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(items[:3])
print({k: v for k, v in items if v > 1})
print(max(freq, key=lambda k: freq[k]), min(words, key=len))
first = {w[0] for w in words}
print(sorted(first), len(first))
lengths = [len(w) for w in words]
print(sum(lengths) / len(lengths), sorted(set(lengths), reverse=True))
print(" ".join(w.capitalize() for w in words[:4]), words.index("fox"), words.count("the"))
text = ", ".join(f"{w}={n}" for w, n in sorted(freq.items()))
print(text[:40] + "...")
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[-1] for row in matrix])
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat, any(x > 5 for x in flat), all(x >= 0 for x in flat))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, round(2.5), round(3.5), round(-0.5))
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:08b}", f"{255:#x}", f"{3.14159:10.3f}|")
print(int("  42 "), float("1e-3"), str(1e16), str(1.0), repr(0.1 + 0.2), 2 ** 62, -(2 ** 62) * 2)
