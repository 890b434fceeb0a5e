# An uncaught exception raised inside a generator: the loop's line, then the generator's.


def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, int(value)


config = {}
for key, value in parse(["a=1", "b=2", "c=three"]):
    config[key] = value
print(config)
