# Sets iterate and print in CPython's order: its hash table slot for slot (ints hash to
# themselves, collisions probe as CPython does, removed slots stay dummies, tables grow and are
# rebuilt at its sizes), through adds, removes, pop(), copies and every set operation.

print({1, 2, 3} ^ {3, 4, 9})
a = {1, 2, 3}
a ^= {3, 4, 9}
print(a)
print({1, 9, 17} | {25, 2})
print({8, 16, 24, 1} & {16, 8, 1, 32, 40})
print({1, 2, 3, 4, 5, 6, 7, 8, 9} - {2})
print({1, 2, 3, 4, 5, 6, 7, 8, 9} - {2, 3, 4})
t = set()
t.add(5)
t.add(13)
t.add(21)
print(t)
print(t.pop(), t)
print({-1, -2, 7, 100, 2 ** 40})
print({(1, 2), (3, 4)})
print(set([10, 2, 18]))
s = set()
for i in range(20):
    s.add(i * 7 % 23)
print(s)
for x in {3, 1, 2}:
    print(x)
print(sorted({5, 1, 3}), list({5, 1, 3}), len({1, 1, 2}))
u = {1, 2}
u.update({3, 10})
print(u)
u.discard(1)
u.remove(2)
print(u, set(), {x % 5 for x in range(12)})
w = {40, 8, 16}
w -= {8}
print(w)
e = set()
print(e)
c = set([3, 11, 19, 27]).copy()
print(c)


def churn():
    s = set()
    for i in range(40):
        s.add(i * 37 % 101)
        if i % 3 == 0:
            s.discard(i * 11 % 101)
    return s


big = churn()
print(len(big), big)
print([x for x in big if x % 2])
print({x * 8 for x in range(10)})
seen = set()
order = []
for word in [5, 13, 21, 29, 5, 13, 37]:
    if word not in seen:
        seen.add(word)
        order.append(word)
print(order, seen)
while seen:
    print(seen.pop(), end=" ")
print()
try:
    seen.pop()
except KeyError as e:
    print("KeyError", e)
grow = {1}
try:
    for x in grow:
        grow.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum({1, 2, 3}), sorted({-5, 3, -1}), max({4, 9, 2}), {1, 2} == {2, 1})
u = {1, 2, 3}
u &= {2, 3, 4}
print(u)
u.update({8, 16})
u.difference_update({2})
u.symmetric_difference_update({3, 5})
print(u, u.copy(), set())
u.clear()
print(u, len(u))
