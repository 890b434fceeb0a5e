# The ways to divide by zero, each with CPython's message.


def trials(d):
    out = []
    for name in ["//", "%", "/", "divmod", "float //", "float %"]:
        try:
            if name == "//":
                out.append(7 // d)
            elif name == "%":
                out.append(7 % d)
            elif name == "/":
                out.append(int(7 / d))
            elif name == "divmod":
                q, r = divmod(7, d)
                out.append(q + r)
            elif name == "float //":
                out.append(int(7.0 // d))
            else:
                out.append(int(7.0 % d))
        except ZeroDivisionError as e:
            print(f"{name}: {e}")
    return out


print(trials(2))
print(trials(0))
