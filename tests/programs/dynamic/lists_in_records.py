def deep_sum(items):
    total = 0
    for x in items:
        if isinstance(x, list):
            total += deep_sum(x)
        else:
            total += x
    return total


def depth(x):
    if not isinstance(x, list):
        return 0
    best = 0
    for y in x:
        d = depth(y)
        if d > best:
            best = d
    return best + 1


tree = [1, [2, 3, [4.5]], [], [[[]]], 6]
print(deep_sum(tree), depth(tree), depth(5))

config = {
    "name": "server",
    "ports": [80, 443],
    "debug": False,
    "ratio": 0.75,
    "owner": None,
}
for key in sorted(config):
    value = config[key]
    kind = type(value).__name__
    size = len(value) if isinstance(value, (str, list)) else "-"
    print(f"{key:>6} {kind:<8} {size!s:>3} {value!r}")
config["ports"].append(8080)
ports = config["ports"]
print(ports, ports[-1], sum(ports), 443 in ports)
print(config["ports"] == [80, 443, 8080], config["name"] == "server", config["owner"] is None)
mixed = [3, "a", [1, 2], None]
for m in mixed:
    try:
        print(len(m))
    except TypeError as e:
        print("TypeError:", e)
try:
    print({config["ports"]: 1})
except TypeError as e:
    print("TypeError:", e)
