class ConfigError(Exception):
    pass


def parse(line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ConfigError("missing '=' in " + repr(line))
    if not key:
        raise ConfigError("empty key")
    return key, int(value)


for line in ["a=1", "b", "=3", "c=x", "d=4"]:
    try:
        print(parse(line))
    except Exception as e:
        print(type(e).__name__, e.args, e.args[0][:12])
