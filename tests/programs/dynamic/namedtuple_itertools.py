from collections import namedtuple
import itertools
Point = namedtuple("Point", "x y")
pts = [Point(0, 0), Point(3, 4), Point(1, 1)]
pairs = list(itertools.combinations(pts, 2))
print(pairs)
print(list(itertools.permutations(pts[:2])))
print(list(itertools.product(pts[:2], repeat=2))[:2])
print(list(zip(pts, "abc")))
print(dict(zip("abc", pts)))
c = itertools.chain(pts, [Point(9, 9)])
print([p.x for p in c])
