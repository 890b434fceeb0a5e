# An uncaught ValueError from unpacking a dynamic value of the wrong length.
values = [[1, 2], "abc"]
for v in values:
    a, b = v
    print(a, b)
