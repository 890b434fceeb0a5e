def noisy(x):
    print("check", x)
    return x > 2


print(any(noisy(x) for x in [1, 3, 5]))
print(all(noisy(x) for x in [3, 1, 5]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"), any(x for x in []), all(x for x in []))
print(any(i * j == 6 for i in range(5) for j in range(5)), all(i + j < 10 for i in range(5) for j in range(5) if i != j))
grid = [[1, 2], [3, 4]]
print(any(v == 4 for row in grid for v in row), all(v > 0 for row in grid for v in row if v != 3))
found = any(noisy(i) for i in range(10) for _ in range(2))
print(found)
