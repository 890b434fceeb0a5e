n = 1
for i in range(62):
    n = n * 2
print(n)
print(n - 1 + n)
m = -n - n
print(m)
print(9223372036854775807)
print(-9223372036854775807 - 1)
