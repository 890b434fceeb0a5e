# Slice assignments and deletions that move elements within one buffer, forwards and
# backwards, for elements of 1, 4, 8 and 24 bytes and runs shorter and longer than 128 bytes.
def check(values, extras):
    for n in [3, 17, 40]:
        for cut in [0, 1, n // 2]:
            xs = values[:n]
            xs[cut:cut + 2] = values[:0]
            ys = values[:n]
            ys[cut:cut] = extras
            zs = values[:n]
            zs[cut:] = zs[cut:][::-1]
            del zs[0]
            print(n, cut, xs[-3:], ys[cut:cut + 4], zs[:4], len(xs), len(ys), len(zs))


check([i % 3 == 0 for i in range(40)], [True] * 3)
check([str(i) for i in range(40)], ["x", "y", "z"])
check([i * 1000 for i in range(40)], [-1, -2, -3])
check([(i, -i, i * i) for i in range(40)], [(0, 0, 0)] * 3)
