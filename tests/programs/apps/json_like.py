# Serializing nested dicts and lists by hand (a JSON-like writer), with escaping and sorting.
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        return "{...}"
    return pad + repr(value)


def write_record(record):
    parts = []
    for key in sorted(record):
        parts.append(f'"{key}": {record[key]}')
    return "{" + ", ".join(parts) + "}"


people = [
    {"name": 1, "age": 30, "score": 88},
    {"name": 2, "age": 25, "score": 93},
]
print("[" + ", ".join(write_record(p) for p in people) + "]")
print(dump(5, 2), dump("x"), dump(2.5, 1))
escaped = "line1\nline2\t\"quoted\" back\\slash"
print(repr(escaped), escaped.replace("\n", "\\n"))
