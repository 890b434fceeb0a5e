a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 1, "two", True
print(p, q, r)
def swap_sum(m, n):
    m, n = n, m + n
    return m * 1000 + n
print(swap_sum(3, 4))
