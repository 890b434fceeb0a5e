"""Float format specs against CPython on many values."""
seed = 777


def next_random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


for i in range(400):
    x = next_random() / (next_random() % 1000 + 1)
    e = next_random() % 40 - 20
    while e > 0:
        x = x * 10.0
        e -= 1
    while e < 0:
        x = x / 10.0
        e += 1
    if i % 3 == 0:
        x = -x
    print(f"{x:f}|{x:.2f}|{x:.0f}|{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:G}|{x:.10g}|{x:.2}|{x:12.4f}|{x:<14.3e}|{x:+,.2f}|{x:.1%}")
def show(v):
    print(f"{v:f}|{v:.1f}|{v:e}|{v:g}|{v:.0e}|{v:#g}|{v:#.0f}|{v:010.3f}|{v:^12g}|{v}|{v:.3}|{v:n}")


show(0.0)
show(-0.0)
show(0.5)
show(1.5)
show(2.5)
show(0.125)
show(0.375)
show(1e-7)
show(123456.0)
show(1e16)
show(1e-5)
show(100.0)
show(9.9999)
show(0.00001234)
show(1e300 * 1e300)
show(-1e300 * 1e300)
