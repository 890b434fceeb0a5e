# Assignment expressions: in conditions, while loops, comprehensions (binding the function's
# variable), generator expressions passed to any().
xs = [1, 5, 2]
if (n := len(xs)) > 2:
    print(n)


def chunks(data, size):
    i = 0
    out = []
    while (part := data[i:i + size]):
        out.append(part)
        i += size
    return out


print(chunks([1, 2, 3, 4, 5], 2))
print(chunks("abcdefg", 3))
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
total = 0
print([total := total + v for v in [1, 2, 3]], total)


def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return "none"


print(first_long(["ab", "abcdef", "xyz"]), first_long(["a"]))
count = 0
while (count := count + 1) < 4:
    print("count", count)
print((z := 10) + z)
