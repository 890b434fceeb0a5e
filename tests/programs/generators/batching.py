# Batching and flattening with generators.


def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches):
    for batch in batches:
        for item in batch:
            yield item


data = list(range(1, 11))
for b in batched(data, 4):
    print(b)
print(list(flatten(batched(data, 3))) == data)
print([sum(b) for b in batched(data, 5)])
