def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                print(f"{pad}{key}:")
                dump(item, indent + 1)
            else:
                print(f"{pad}{key}: {item!r}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                print(f"{pad}-")
                dump(item, indent + 1)
            else:
                print(f"{pad}- {item}")
    else:
        print(f"{pad}{value}")


config = {
    "name": "krait",
    "version": 3,
    "tags": ["fast", "small"],
    "limits": {"cpu": 2, "mem": 24.5, "gpu": None},
    "stages": [{"id": 1, "ok": True}, {"id": 2, "ok": False}],
}
dump(config)


def count_leaves(value):
    if isinstance(value, dict):
        return sum(count_leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_leaves(v) for v in value)
    return 1


print(count_leaves(config))


def flatten(value, prefix=""):
    out = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = value
    return out


for k, v in flatten(config).items():
    print(k, "=", v)
