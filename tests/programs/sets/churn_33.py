# Generated: adds, removes, pops and every set operation, in place and not, printed in CPython's
# order (checks the table slot for slot, dummies, rebuilds and the pop finger).

s = set()
t = set()
t.add(263)
s.add(81)
s.discard(212)
s.update(t)
print(s, t, [x for x in s if x % 2])
s.difference_update(t)
print(s, t, [x for x in s if x % 2])
s.discard(84)
s.difference_update(t)
s.add(151)
s.add(194)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
t = set([286, 286 * 3, 286 + 64, 286 - 32])
s.discard(83)
s.update(t)
s -= t
s.add(-32)
s.add(85)
print(s, t, [x for x in s if x % 2])
s -= t
s |= t
if s:
    print('pop', s.pop())
s.add(208)
s |= t
s.discard(34)
s |= t
s.discard(261)
s -= t
t = set([-28, -28 * 3, -28 + 64, -28 - 32])
s.add(1)
s ^= t
s.add(81)
s.add(38)
s |= t
s.discard(182)
s ^= t
if s:
    print('pop', s.pop())
s.discard(-56)
s.discard(134)
s -= t
s.add(64)
s.add(217)
t.add(101)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s &= t | {x for x in range(0, 300, 7)}
s.add(-16)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.discard(156)
s.difference_update(t)
s.add(258)
print(s, t, [x for x in s if x % 2])
s.discard(143)
s.add(106)
s.add(34)
s.update(t)
t.add(86)
s.update(t)
s -= t
t = set([162, 162 * 3, 162 + 64, 162 - 32])
s.difference_update(t)
s.update(t)
s -= t
s |= t
t = set([260, 260 * 3, 260 + 64, 260 - 32])
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.add(-13)
s ^= t
s.add(0)
s.add(36)
s.add(251)
s.add(288)
s -= t
s.discard(210)
s |= t
t = set([19, 19 * 3, 19 + 64, 19 - 32])
s.discard(-15)
s ^= t
s.discard(-50)
t.add(47)
print(s, t, len(s))
