def need_two(a, b, *rest):
    return a + b + len(rest)


print(need_two(*[1, 2, 3]))
print(need_two(*[1]))
