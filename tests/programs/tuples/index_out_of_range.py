# A constant index out of range of a tuple of one element type raises IndexError at run time.
point = (1, 2)
print(point[1])
print(point[2])
