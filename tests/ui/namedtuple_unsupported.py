from collections import namedtuple

Point = namedtuple("Point", ["x", "y"], defaults=[0])


def make():
    return namedtuple("Local", "a b")


print(namedtuple)
