def f(a, *, k):
    return a + k
print(f(1))
