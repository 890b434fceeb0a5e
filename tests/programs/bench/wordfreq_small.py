"""Word frequencies of deterministic pseudo-random text: str, dict and sort heavy."""
import sys

SYLLABLES = ["ka", "to", "ri", "mon", "sel", "a", "ve", "lu", "dra", "ne",
             "qui", "po", "zan", "e", "thi", "mar", "o", "bel", "ix", "su"]
PUNCTUATION = [",", ".", ";", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_word(rng):
    parts = []
    for _ in range(1 + min(rng.next(3), rng.next(3))):
        # min of two draws skews toward the front of the list
        parts.append(SYLLABLES[min(rng.next(len(SYLLABLES)), rng.next(len(SYLLABLES)))])
    return "".join(parts)


def generate_text(n_words, rng):
    lines = []
    line = []
    capital = True
    for _ in range(n_words):
        word = make_word(rng)
        if capital:
            word = word.capitalize()
        r = rng.next(20)
        capital = False
        if r < len(PUNCTUATION):
            word += PUNCTUATION[r]
            capital = PUNCTUATION[r] in ".!?"
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(",.;!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    text = generate_text(n, Lcg(12345))
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print(f"chars={len(text)} words={sum(counts.values())} distinct={len(counts)}")
    for word, count in ranked[:10]:
        print(f"{count:7d} {word}")


main()
