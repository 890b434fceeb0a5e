# An uncaught exception of the program's own class prints its class name and str().


class ConfigError(Exception):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"missing key {self.key!r}"


def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(key)


print(load({"port": 80}, "port"))
load({"port": 80}, "host")
