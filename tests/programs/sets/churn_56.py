# Generated: adds, removes, pops and every set operation, in place and not, printed in CPython's
# order (checks the table slot for slot, dummies, rebuilds and the pop finger).

s = set()
t = set()
print(s, t, [x for x in s if x % 2])
s.add(274)
if s:
    print('pop', s.pop())
print(s, t, [x for x in s if x % 2])
s &= t | {x for x in range(0, 300, 7)}
s.discard(-26)
s.add(70)
print(s, t, [x for x in s if x % 2])
s.add(233)
s.add(237)
t.add(136)
s |= t
s.discard(66)
s.add(254)
s.add(51)
s.discard(137)
s.add(283)
print(s, t, [x for x in s if x % 2])
if s:
    print('pop', s.pop())
s.add(9)
if s:
    print('pop', s.pop())
s.discard(276)
s |= t
s.discard(230)
s |= t
t.add(252)
s.discard(286)
s.discard(130)
s.add(177)
if s:
    print('pop', s.pop())
s.add(48)
s.add(297)
s.discard(-56)
s.add(12)
t.add(176)
s.add(6)
s.add(89)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s -= t
s.add(236)
t = set([87, 87 * 3, 87 + 64, 87 - 32])
t.add(143)
s.add(-31)
if s:
    print('pop', s.pop())
s -= t
t.add(-31)
s |= t
s.discard(24)
s |= t
s ^= t
if s:
    print('pop', s.pop())
s.add(-41)
s |= t
s.add(200)
s.add(71)
s ^= t
s -= t
s ^= t
print(s, t, [x for x in s if x % 2])
s.difference_update(t)
s.add(-4)
s -= t
if s:
    print('pop', s.pop())
s.add(58)
s.discard(144)
s &= t | {x for x in range(0, 300, 7)}
s -= t
s.add(249)
t.add(38)
s.add(272)
s.difference_update(t)
s ^= t
s -= t
t.add(276)
if s:
    print('pop', s.pop())
s ^= t
s ^= t
s.add(133)
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
s -= t
print(s, t, len(s))
