# Out of range on a tuple of several element types is reported when compiling (one element
# type: IndexError when it runs, see tests/programs/tuples).
point = (1, "a")
print(point[2])
