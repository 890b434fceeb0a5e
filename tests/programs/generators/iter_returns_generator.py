def count_up(n):
    for i in range(n):
        yield i


class Range3:
    def __iter__(self):
        return count_up(3)


for v in Range3():
    print(v)
print(sorted(Range3(), reverse=True), sum(Range3()))
