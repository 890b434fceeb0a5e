import itertools
c = itertools.chain([1, 2], [3])
print(list(c))
class P:
    def __init__(self, x):
        self.x = x
pts = [P(1)]
def gen(*its):
    for it in its:
        for e in it:
            yield e
d = gen(pts, [P(9)])
print([p.x for p in d])
