print(sum(range(10)), max(range(5)), sorted(range(3), reverse=True))
for i in reversed(range(3)):
    print(i)
print(list(zip(range(3), 'abc')), sorted('hello'), list(reversed('abc')), ''.join(reversed('héllo')))
for i, x in enumerate('ab', start=1):
    print(i, x)
print([p for p in enumerate([5, 6], 10)], any(range(0)), all(range(1, 3)))
