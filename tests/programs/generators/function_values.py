# Generator functions called through function values.

def up(n):
    for i in range(n):
        yield i


def run(make, n):
    return list(make(n))


print(run(up, 3))
f = up
print(sum(f(5)))
