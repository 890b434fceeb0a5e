# Generators of floats: running means and a numeric integration.


def running_mean(values):
    total = 0.0
    n = 0
    for v in values:
        total += v
        n += 1
        yield total / n


print([round(m, 3) for m in running_mean([1.0, 2.0, 4.0, 8.0])])


def midpoints(a, b, n):
    h = (b - a) / n
    for i in range(n):
        yield a + (i + 0.5) * h


def integrate(f_values, width):
    return sum(f_values) * width


n = 1000
xs = midpoints(0.0, 1.0, n)
print(round(integrate([x * x for x in xs], 1.0 / n), 6))
print(max(running_mean([3.0, 1.0, 2.0])))
