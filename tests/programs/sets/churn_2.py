# Generated: adds, removes, pops and every set operation, in place and not, printed in CPython's
# order (checks the table slot for slot, dummies, rebuilds and the pop finger).

s = set()
t = set()
print(s, t, [x for x in s if x % 2])
s.add(124)
t = set([282, 282 * 3, 282 + 64, 282 - 32])
t = set([68, 68 * 3, 68 + 64, 68 - 32])
t.add(250)
s.add(288)
s.add(160)
t.add(200)
s.difference_update(t)
s.difference_update(t)
s.add(-42)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.discard(103)
s.update(t)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.add(30)
s.add(-48)
s.add(28)
s.add(201)
s.discard(203)
s |= t
print(s, t, [x for x in s if x % 2])
s ^= t
s.update(t)
s ^= t
s.discard(168)
s.add(144)
s &= t | {x for x in range(0, 300, 7)}
s |= t
s.discard(195)
if s:
    print('pop', s.pop())
s |= t
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.discard(225)
s &= t | {x for x in range(0, 300, 7)}
s |= t
s ^= t
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s.add(185)
s.add(198)
t.add(199)
s |= t
s.discard(46)
s.discard(127)
s.difference_update(t)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s &= t | {x for x in range(0, 300, 7)}
print(s, t, [x for x in s if x % 2])
s.add(274)
s.add(242)
s.add(-6)
s -= t
t = set([65, 65 * 3, 65 + 64, 65 - 32])
t = set([-30, -30 * 3, -30 + 64, -30 - 32])
s.discard(-44)
s.add(124)
s.add(284)
s.add(-2)
print(s, t, [x for x in s if x % 2])
s.add(-50)
s.discard(5)
s ^= t
s &= t | {x for x in range(0, 300, 7)}
s |= t
t.add(66)
s.add(-42)
s.add(255)
t.add(-3)
s.add(190)
s.add(169)
t.add(249)
s &= t | {x for x in range(0, 300, 7)}
s -= t
s &= t | {x for x in range(0, 300, 7)}
print(s, t, [x for x in s if x % 2])
s |= t
t = set([-48, -48 * 3, -48 + 64, -48 - 32])
s.discard(5)
if s:
    print('pop', s.pop())
s.discard(107)
print(s, t, len(s))
