import math as m
import sys as system
import collections as co

counts = co.Counter("banana")
print(m.sqrt(16), m.pi, m.comb(5, 2), len(system.argv), counts.most_common(1))
tally = co.defaultdict(int)
tally["a"] += 2
print(tally["a"], len(tally))
