# Removing duplicates from a stream while keeping the first of each, lazily.


def unique(items):
    seen = set()
    for item in items:
        if item not in seen:
            seen.add(item)
            yield item


def words(text):
    for w in text.lower().split():
        yield w.strip(".,!")


print(list(unique([3, 1, 3, 2, 1, 4])))
print(" ".join(unique(words("The cat saw the other cat. The end!"))))
print(sum(unique(x % 7 for x in range(100))))
