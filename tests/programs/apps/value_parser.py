def parse_value(text):
    text = text.strip()
    if text == "null":
        return None
    if text in ("true", "false"):
        return text == "true"
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        if not inner:
            return []
        return [parse_value(part) for part in inner.split(",")]
    if text.startswith('"'):
        return text[1:-1]
    if "." in text:
        return float(text)
    return int(text)


def describe(value, indent=0):
    pad = "  " * indent
    if isinstance(value, list):
        print(pad + f"list of {len(value)}")
        for item in value:
            describe(item, indent + 1)
    elif value is None:
        print(pad + "null")
    else:
        print(pad + f"{type(value).__name__}: {value!r}")


for source in ['42', '3.5', '"hi"', 'true', 'null', '[1, 2.5, "x", null, false]', '[]']:
    value = parse_value(source)
    describe(value)
    print(value)

settings = {}
for line in ["width=80", "ratio=0.5", "name=demo", "verbose=true", "tags=[1, 2]"]:
    key, raw = line.split("=")
    settings[key] = parse_value(raw if not raw[0].isalpha() or raw in ("true", "false", "null") else '"' + raw + '"')
print(settings)
total = settings["width"] * settings["ratio"]
print(total, settings["name"].upper(), len(settings["tags"]), settings["verbose"] and "loud")
