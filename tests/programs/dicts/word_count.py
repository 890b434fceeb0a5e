text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:8]:
    print(f"{count:3d} {word:>12}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
